using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Contracts;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Sheets;
using Remediation.Domain.Validation;

namespace Remediation.Api.Sheets;

/// <summary>
/// POST /sheets/workers: reads a workers spreadsheet (CSV or .xlsx) exactly as intake and AddWorkers do and answers
/// what it holds, or every problem by row and column. Nothing is stored: this is for forms that preview a file.
/// </summary>
public sealed class PreviewWorkersSheet(IOptions<ApiOptions> options, TimeProvider clock)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!RequestBody.IsCsv(request.Http) && !RequestBody.IsXlsx(request.Http))
        {
            return Problem.UnsupportedMediaType($"Send the spreadsheet as text/csv or {SheetTable.XlsxContentType}.");
        }

        var (bytes, problem) = await RequestBody.ReadBytesAsync(request.Http, options.Value.MaxBatchBodyBytes, request.Cancellation).ConfigureAwait(false);
        if (bytes is null)
        {
            return problem!;
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
                return textProblem!;
            }

            (table, problems) = CsvSheet.Read(text);
        }

        if (table is null)
        {
            return Problem.BadRequest(problems[0].Message, problems);
        }

        var errors = new ErrorList();
        var (workers, rows) = WorkersSheet.Read(table, errors);
        if (errors.Any)
        {
            return Problem.BadRequest($"The spreadsheet ({table.Source}) has {RequestBody.Count(errors.Errors.Count, "problem")}; fix them all and send it again.", errors.Errors);
        }

        // The rules intake applies (references, nationalities, currencies, amounts, dates), reported by row and column.
        var rules = new ErrorList();
        Domain.Intake.WorkerValidator.Validate(workers, "$.workers", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), rules);
        if (rules.Any)
        {
            var located = rows.Translate(rules.Errors);
            return Problem.BadRequest($"The spreadsheet ({table.Source}) has {RequestBody.Count(located.Count, "problem")}; fix them all and send it again.", located);
        }

        var preview = new WorkersSheetPreview
        {
            Rows = table.Rows.Count,
            Workers = [.. workers.Select(w => new WorkerRequest
            {
                Ref = w.Ref!,
                Nationality = w.Nationality!,
                HiredOn = w.HiredOn,
                EmploymentStatus = WireFormat.TryParse<EmploymentStatus>(w.EmploymentStatus, out var status) ? status : EmploymentStatus.Current,
                Fees = [.. (w.Fees ?? []).Select(f => new FeeRequest
                {
                    Category = WireFormat.TryParse<FeeCategory>(f.Category, out var category) ? category : FeeCategory.Other,
                    Amount = f.Amount ?? 0m,
                    Currency = f.Currency!,
                    PaidTo = f.PaidTo,
                    PaidOn = f.PaidOn,
                })],
            })],
        };
        return Results.Json(preview, ApiJson.Options);
    }
}
