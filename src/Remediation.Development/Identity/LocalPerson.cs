namespace Remediation.Development.Identity;

/// <summary>A person who can sign in at the local provider: what Entra ID would know about a member of the tenant.</summary>
public sealed record LocalPerson(string UserName, string Password, string Subject, string Name, string Email, bool EmailVerified = true);
