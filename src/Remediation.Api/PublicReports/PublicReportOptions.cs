namespace Remediation.Api.PublicReports;

/// <summary>Public reports (section <c>Remediation:PublicReports</c>): where the public reads them.</summary>
public sealed class PublicReportOptions
{
    public const string SectionName = "Remediation:PublicReports";

    /// <summary>
    /// The public address of the reports without the id (<c>https://remediation.example.org/public/reports</c>). Absent:
    /// /public/reports on the host that answered (the standalone server); the Functions app serves them at /api/public/reports.
    /// </summary>
    public string? PublicUrl { get; set; }

    public string AddressFor(Microsoft.AspNetCore.Http.HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var root = PublicUrl is { Length: > 0 } url ? url.TrimEnd('/') : $"{request.Scheme}://{request.Host}/public/reports";
        return $"{root}/{id}";
    }
}
