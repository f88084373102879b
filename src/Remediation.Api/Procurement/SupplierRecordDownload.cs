using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Remediation.Api.Problems;
using Remediation.Api.Procurement.EvidencePack;
using Remediation.Api.Routing;

namespace Remediation.Api.Procurement;

/// <summary>
/// GET /suppliers/{supplierId}/record (caseworkers; a supplier its own): the record for a modern slavery statement,
/// as CSV or XLSX by the Accept header. Counts and sums only.
/// </summary>
public sealed class SupplierRecordDownload(SupplierAccess access, SupplierReadModel model)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accept = request.Http.GetTypedHeaders().Accept;
        var xlsx = accept.Any(a => a.MediaType.Equals(SupplierRecordExport.XlsxContentType, StringComparison.OrdinalIgnoreCase));
        var csv = accept.Count == 0 || accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)
            || a.MediaType.Equals("*/*", StringComparison.Ordinal));
        if (!xlsx && !csv)
        {
            return Problem.NotAcceptable(
                $"Ask for text/csv or {SupplierRecordExport.XlsxContentType} in the Accept header.");
        }

        var (supplier, problem) = await access.FindAsync(request).ConfigureAwait(false);
        if (supplier is null)
        {
            return problem!;
        }

        var view = await model.ReadAsync(supplier, request.Cancellation).ConfigureAwait(false);
        var name = $"supplier-record-{supplier.Id}-{view.AsOf.UtcDateTime:yyyyMMdd}";
        request.Http.HttpContext.Response.Headers.CacheControl = "no-store";
        request.Http.HttpContext.Response.Headers.Vary = HeaderNames.Accept;
        return xlsx
            ? Results.File(SupplierRecordExport.Xlsx(view), SupplierRecordExport.XlsxContentType, name + ".xlsx")
            : Results.File(System.Text.Encoding.UTF8.GetBytes(SupplierRecordExport.Csv(view)), SupplierRecordExport.CsvContentType, name + ".csv");
    }
}
