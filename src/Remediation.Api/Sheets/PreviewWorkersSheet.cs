using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Json;
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
        var (table, problem) = await SheetRequest.ReadRequiredAsync(request, options.Value.MaxBatchBodyBytes).ConfigureAwait(false);
        if (table is null)
        {
            return problem!;
        }

        var errors = new ErrorList();
        var (workers, rows) = WorkersSheet.Read(table, errors);
        if (!errors.Any)
        {
            // The rules intake applies (references, nationalities, currencies, amounts, dates), reported by row and column.
            Domain.Intake.WorkerValidator.Validate(workers, "$.workers", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), errors);
        }

        if (errors.Any)
        {
            return SheetRequest.Refused(table, rows.Translate(errors.Errors));
        }

        return Results.Json(new WorkersSheetPreview
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
        }, ApiJson.Options);
    }
}
