using Remediation.Domain.Parties;

namespace Remediation.Api.Authentication.Tokens;

/// <summary>
/// OpenID Connect sign-in (configuration section <c>Remediation:Identity</c>): the issuer whose access tokens the API
/// accepts besides API keys. Unset <see cref="Authority"/>: API keys only. Microsoft Entra ID in Azure
/// (docs/deploy.md), the local provider in Development.
/// </summary>
public sealed class IdentityOptions
{
    public const string SectionName = "Remediation:Identity";

    /// <summary>The issuer, exactly as tokens carry it (Entra: <c>https://login.microsoftonline.com/{tenant}/v2.0</c>).</summary>
    public string? Authority { get; set; }

    /// <summary>Accepted <c>aud</c> values: the API's application id URI and/or client id.</summary>
    public IList<string> Audiences { get; } = [];

    /// <summary>The claim that names a person or client for good: <c>sub</c>, or <c>oid</c> for Entra ID.</summary>
    public string SubjectClaim { get; set; } = "sub";

    /// <summary>The console's client id at the provider (public client, authorization code with PKCE).</summary>
    public string? ConsoleClientId { get; set; }

    /// <summary>The scopes the console asks for to call this API.</summary>
    public IList<string> Scopes { get; } = [];

    /// <summary>Whom a signed-in person without a membership should ask, in the 403's text.</summary>
    public string AdminContact { get; set; } = "an admin of this Remediation service";

    /// <summary>Metadata and keys over https only; false is accepted for a loopback authority (the local provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerance for clocks that differ, on <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// App roles (the token's <c>roles</c>) that grant a role without a membership: staff assigned in Entra ID. Partners
    /// and suppliers always need a membership, which names their party.
    /// </summary>
    public IDictionary<string, Role> AppRoleGrants { get; } = new Dictionary<string, Role>(StringComparer.Ordinal)
    {
        ["Remediation.Caseworker"] = Role.Caseworker,
        ["Remediation.Admin"] = Role.Admin,
    };

    /// <summary>Whether the console may offer to paste an API key (on in Development).</summary>
    public bool AllowApiKeySignIn { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            yield return $"{SectionName}:Authority must be the issuer's absolute https address.";
            yield break;
        }

        if (authority.Scheme == "http" && (RequireHttpsMetadata || !authority.IsLoopback))
        {
            yield return $"{SectionName}:Authority must use https (plain http only for a loopback provider with RequireHttpsMetadata false).";
        }

        if (!Audiences.Any(a => !string.IsNullOrWhiteSpace(a)))
        {
            yield return $"{SectionName}:Audiences must name the API's audience (Audiences:0), as tokens carry it in aud.";
        }

        if (string.IsNullOrWhiteSpace(SubjectClaim))
        {
            yield return $"{SectionName}:SubjectClaim must name a claim (sub, or oid for Entra ID).";
        }

        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromMinutes(10))
        {
            yield return $"{SectionName}:ClockSkew is from 00:00:00 to 00:10:00.";
        }

        if (AppRoleGrants.Values.Any(r => r is not (Role.Caseworker or Role.Admin)))
        {
            yield return $"{SectionName}:AppRoleGrants may grant Caseworker or Admin only (partners and suppliers need a membership).";
        }
    }
}
