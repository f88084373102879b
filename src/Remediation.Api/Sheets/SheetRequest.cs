using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Validation;

namespace Remediation.Api.Sheets;

/// <summary>A request body that is a spreadsheet: CSV (UTF-8, with or without BOM, ',' or ';') or .xlsx (first sheet).</summary>
public static class SheetRequest
{
    public static bool IsSheet(HttpRequest request) => RequestBody.IsCsv(request) || RequestBody.IsXlsx(request);

    /// <summary>The table, or the problem that stops it being read (too large, not UTF-8, no header, ...).</summary>
    public static async Task<(SheetTable? Table, IResult? Problem)> ReadAsync(ApiRequest request, long limit)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (bytes, problem) = await RequestBody.ReadBytesAsync(request.Http, limit, request.Cancellation).ConfigureAwait(false);
        if (bytes is null)
        {
            return (null, problem);
        }

        SheetTable? table;
        IReadOnlyList<FieldError> problems;
        if (RequestBody.IsXlsx(request.Http))
        {
            (table, problems) = XlsxSheet.Read(bytes);
        }
        else
        {
            var (text, textProblem) = RequestBody.Decode(bytes);
            if (text is null)
            {
                return (null, textProblem);
            }

            (table, problems) = CsvSheet.Read(text);
        }

        return table is null ? (null, Problem.BadRequest(problems[0].Message, problems)) : (table, null);
    }

    /// <summary>A body that must be a spreadsheet (415 otherwise), read as <see cref="ReadAsync"/> does.</summary>
    public static Task<(SheetTable? Table, IResult? Problem)> ReadRequiredAsync(ApiRequest request, long limit)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsSheet(request.Http)
            ? ReadAsync(request, limit)
            : Task.FromResult<(SheetTable?, IResult?)>(
                (null, Problem.UnsupportedMediaType($"Send the spreadsheet as text/csv or {SheetTable.XlsxContentType}.")));
    }

    /// <summary>The 400 that lists every problem of a sheet by row and column.</summary>
    public static IResult Refused(SheetTable table, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(errors);
        return Problem.BadRequest(
            $"The spreadsheet ({table.Source}) has {RequestBody.Count(FieldErrors.TotalOf(errors), "problem")}; fix them all and send it again.",
            errors);
    }
}
