using Remediation.Domain.Intake;
using Remediation.Domain.Validation;

namespace Remediation.Api.Sheets;

/// <summary>
/// Workers as a spreadsheet, one row per fee: <c>ref,nationality,hiredOn,employmentStatus,category,amount,currency,paidTo,paidOn</c>.
/// Rows with the same ref are one worker with several fees; a worker with no fee leaves the fee columns empty.
/// </summary>
public static class WorkersSheet
{
    public static readonly IReadOnlyList<string> Header =
        ["ref", "nationality", "hiredOn", "employmentStatus", "category", "amount", "currency", "paidTo", "paidOn"];

    public static (IReadOnlyList<WorkerSubmission> Workers, SheetRows Rows) Read(SheetTable table, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new SheetRows("workers");
        var columns = new SheetColumns(table, Header, errors);
        if (!columns.HeaderMatches())
        {
            return ([], rows);
        }

        var workers = new List<(string? Ref, string? Nationality, DateOnly? HiredOn, string? Status, List<FeeSubmission> Fees)>();
        var byRef = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var workerRef = columns.Text(row, "ref");
            if (workerRef is null || !byRef.TryGetValue(workerRef, out var worker))
            {
                workers.Add((workerRef, columns.Text(row, "nationality"), columns.Date(row, "hiredOn"), columns.Text(row, "employmentStatus"), []));
                worker = workers.Count - 1;
                rows.Add(row.Number);
                if (workerRef is not null)
                {
                    byRef[workerRef] = worker;
                }
            }

            var category = columns.Text(row, "category");
            var amount = columns.Number(row, "amount");
            var currency = columns.Text(row, "currency");
            if (category is not null || amount is not null || currency is not null)
            {
                rows.AddSub(worker, workers[worker].Fees.Count, row.Number);
                workers[worker].Fees.Add(new FeeSubmission(category, amount, currency, columns.Text(row, "paidTo"), columns.Date(row, "paidOn")));
            }
        }

        return ([.. workers.Select(w => new WorkerSubmission(w.Ref, w.Nationality, w.HiredOn, w.Status, w.Fees))], rows);
    }
}
