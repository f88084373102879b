namespace Remediation.Development.Identity;

/// <summary>What happens on the login page, for an audit log: Entra ID keeps its own sign-in log; the local provider reports here.</summary>
public interface ILocalSignInEvents
{
    Task SignedInAsync(LocalPerson person, CancellationToken ct);

    Task SignInFailedAsync(string userName, CancellationToken ct);
}
