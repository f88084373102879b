using System.Globalization;
using System.Net.Http.Json;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Procurement;
using Remediation.Contracts.PublicReports;

namespace Remediation.Client;

/// <summary>
/// Public buyers: suppliers' risk indicators and records, their contracts, and the public transparency reports.
/// </summary>
public sealed partial class RemediationClient
{
    /// <summary>How every indicator is computed: its source and rule (there is no composite score).</summary>
    public Task<RiskMethodView> GetRiskMethodAsync(CancellationToken cancellationToken = default) =>
        SendAsync<RiskMethodView>(HttpMethod.Get, "suppliers/method", null, null, cancellationToken);

    /// <summary>One page of suppliers, sorted and filtered by indicators; pass the answer's token back for the next.</summary>
    public Task<Page<SupplierListItem>> ListSuppliersPageAsync(SupplierQuery? query = null, CancellationToken cancellationToken = default)
    {
        var parts = new List<string>();
        Add(parts, "sort", query?.Sort);
        foreach (var filter in query?.Filters ?? [])
        {
            Add(parts, "filter", filter);
        }

        Add(parts, "pageSize", query?.PageSize?.ToString(CultureInfo.InvariantCulture));
        Add(parts, "continuationToken", query?.ContinuationToken);
        var path = parts.Count == 0 ? "suppliers" : "suppliers?" + string.Join("&", parts);
        return SendAsync<Page<SupplierListItem>>(HttpMethod.Get, path, null, null, cancellationToken);
    }

    public Task<SupplierView> GetSupplierAsync(string supplierId, CancellationToken cancellationToken = default) =>
        SendAsync<SupplierView>(HttpMethod.Get, $"suppliers/{Escape(supplierId)}", null, null, cancellationToken);

    /// <summary>The supplier's evidence pack for contract management, as a PDF (caseworkers).</summary>
    public async Task<byte[]> GetEvidencePackAsync(string supplierId, CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(
            HttpMethod.Get, $"suppliers/{Escape(supplierId)}/evidence-pack", null, null, cancellationToken, PdfContentType).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The supplier's record as CSV or XLSX, for a modern slavery statement.</summary>
    public async Task<byte[]> GetSupplierRecordAsync(string supplierId, SheetFormat format, CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(
            HttpMethod.Get,
            $"suppliers/{Escape(supplierId)}/record",
            null,
            null,
            cancellationToken,
            format == SheetFormat.Xlsx ? XlsxContentType : "text/csv").ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<ContractView> RegisterContractAsync(RegisterContractRequest contract, CancellationToken cancellationToken = default) =>
        SendAsync<ContractView>(HttpMethod.Post, "contracts", () => JsonContent.Create(contract, options: Json), null, cancellationToken);

    /// <summary>A draft report over the period: every figure on too few workers or cases is withheld, with the reason.</summary>
    public Task<PublicReportView> PreparePublicReportAsync(PreparePublicReportRequest report, CancellationToken cancellationToken = default) =>
        SendAsync<PublicReportView>(HttpMethod.Post, "public-reports", () => JsonContent.Create(report, options: Json), null, cancellationToken);

    public IAsyncEnumerable<PublicReportView> ListPublicReportsAsync(CancellationToken cancellationToken = default) =>
        PagesAsync<PublicReportView>("public-reports", [], cancellationToken);

    /// <summary>Publishes a draft at its public address; released reports do not change.</summary>
    public Task<PublicReportView> ReleasePublicReportAsync(string reportId, CancellationToken cancellationToken = default) =>
        SendAsync<PublicReportView>(HttpMethod.Post, $"public-reports/{Escape(reportId)}/release", null, null, cancellationToken);
}

/// <summary>
/// GET /suppliers: <see cref="Sort"/> is an indicator's name, with a leading "-" for descending; each filter is
/// "name:op:value" (op: eq, ne, gt, ge, lt, le for numbers; has for text).
/// </summary>
public sealed record SupplierQuery
{
    public string? Sort { get; init; }

    public IReadOnlyList<string> Filters { get; init; } = [];

    public int? PageSize { get; init; }

    public string? ContinuationToken { get; init; }
}
