namespace Remediation.Api;

/// <summary>Settings of the API (configuration section <c>Remediation</c>).</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Remediation";

    /// <summary>The first admin key, from configuration (<c>Remediation__BootstrapAdminKey</c>); unset disables it.</summary>
    public string? BootstrapAdminKey { get; set; }

    /// <summary>
    /// When the bootstrap key stops working (required outside Development): it is for issuing the first admin keys,
    /// not for daily use. Rotate it by configuring a new key and expiry; revoke it at once with
    /// <c>DELETE /api/v1/admin/api-keys/bootstrap-admin</c>.
    /// </summary>
    public DateTimeOffset? BootstrapAdminKeyExpiresOn { get; set; }

    /// <summary>Largest JSON or CSV body of a batch route (intake, workers, findings, payments, receipts).</summary>
    public long MaxBatchBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Largest body of every other route.</summary>
    public long MaxBodyBytes { get; set; } = 64 * 1024;

    public IEnumerable<string> Problems(bool development)
    {
        if (BootstrapAdminKey is { Length: > 0 and < 16 })
        {
            yield return $"{SectionName}:BootstrapAdminKey must have at least 16 characters (a long random secret).";
        }

        if (BootstrapAdminKey is { Length: > 0 } && BootstrapAdminKeyExpiresOn is null && !development)
        {
            yield return $"{SectionName}:BootstrapAdminKeyExpiresOn must say when the bootstrap admin key stops working " +
                "(for example 14 days ahead, as 2026-12-16T00:00:00Z); " +
                "issue admin keys with it, then let it expire.";
        }
    }
}
