namespace Remediation.Domain.Members;

public enum MemberStatus
{
    /// <summary>Invited by e-mail; bound to the first sign-in with that verified address.</summary>
    Invited,
    Active,

    /// <summary>Refused on every request, at once.</summary>
    Disabled,
}
