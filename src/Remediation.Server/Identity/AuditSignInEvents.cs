using Remediation.Development.Identity;
using Remediation.Domain.Audit;
using Remediation.Domain.Parties;

namespace Remediation.Server.Identity;

/// <summary>
/// The local provider's failed sign-ins on the admin audit log (a successful one is recorded by the API at the token's
/// first request). In Azure, Entra ID keeps its own sign-in log.
/// </summary>
public sealed class AuditSignInEvents(IAuditLog audit, TimeProvider clock) : ILocalSignInEvents
{
    private const int MaxUserName = 100;

    public Task SignedInAsync(LocalPerson person, CancellationToken ct) => Task.CompletedTask;

    public Task SignInFailedAsync(string userName, CancellationToken ct)
    {
        // What was typed is shown as typed, but short and without control characters: it may be anything.
        var typed = ActedBy.Trimmed(userName) is { } name ? name[..Math.Min(name.Length, MaxUserName)] : "(empty)";
        return audit.AppendAsync(
            AuditRecord.Of(
                clock.GetUtcNow(), AuditRecord.SignInFailed, null, "user:" + typed,
                "A sign-in at the local provider failed (wrong user name or password)."),
            ct);
    }
}
