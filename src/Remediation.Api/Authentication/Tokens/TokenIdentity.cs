namespace Remediation.Api.Authentication.Tokens;

/// <summary>Who a validated access token says the caller is; what they may do comes from their membership here.</summary>
public sealed record TokenIdentity(
    string Issuer,
    string Subject,
    string? Name,
    string? Email,
    bool EmailVerified,
    IReadOnlyList<string> AppRoles,
    bool IsClient,
    string TokenId,
    DateTimeOffset ExpiresAt);
