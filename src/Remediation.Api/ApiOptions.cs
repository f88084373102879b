namespace Remediation.Api;

/// <summary>Settings of the API (configuration section <c>Remediation</c>).</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Remediation";

    /// <summary>The first admin key, from configuration (<c>Remediation__BootstrapAdminKey</c>); unset disables it.</summary>
    public string? BootstrapAdminKey { get; set; }

    /// <summary>Largest JSON or CSV body of a batch route (intake, workers, findings, payments, receipts).</summary>
    public long MaxBatchBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Largest body of every other route.</summary>
    public long MaxBodyBytes { get; set; } = 64 * 1024;
}
