using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Admin;

/// <summary>POST /admin/api-keys: a key for a role; partners and suppliers act for their party.</summary>
public sealed record IssueApiKeyRequest
{
    public required ApiRole Role { get; init; }

    /// <summary>Partner and supplier keys: the registered party; not allowed for caseworker and admin keys.</summary>
    public string? PartyId { get; init; }

    /// <summary>Optional; must be in the future.</summary>
    public DateTimeOffset? ExpiresOn { get; init; }

    /// <summary>What the key is for, shown in lists and the audit log (never the secret).</summary>
    [StringLength(100)]
    public string? Label { get; init; }
}
