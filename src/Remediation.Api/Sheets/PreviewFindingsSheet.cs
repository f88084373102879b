using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Contracts.Sheets;
using Remediation.Domain.Validation;

namespace Remediation.Api.Sheets;

/// <summary>
/// POST /sheets/findings: a findings spreadsheet (<c>ref,category,amount,currency</c>) read into the workers of a
/// FindingsRequest, or every problem by row and column. Nothing is stored; the form then sends the findings with
/// their basis and root cause.
/// </summary>
public sealed class PreviewFindingsSheet(IOptions<ApiOptions> options)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (table, problem) = await SheetRequest.ReadRequiredAsync(request, options.Value.MaxBatchBodyBytes).ConfigureAwait(false);
        if (table is null)
        {
            return problem!;
        }

        var errors = new ErrorList();
        var workers = FindingsSheet.Read(table, errors);
        return errors.Any
            ? SheetRequest.Refused(table, errors.Errors)
            : Results.Json(new FindingsSheetPreview { Rows = table.Rows.Count, Workers = workers }, ApiJson.Options);
    }
}
