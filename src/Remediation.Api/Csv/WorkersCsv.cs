using Remediation.Domain.Intake;
using Remediation.Domain.Validation;

namespace Remediation.Api.Csv;

/// <summary>
/// Workers as CSV, one row per fee: <c>ref,nationality,hiredOn,employmentStatus,category,amount,currency,paidTo,paidOn</c>.
/// Rows with the same ref are one worker with several fees; a worker with no fee leaves the fee columns empty.
/// </summary>
public static class WorkersCsv
{
    public static readonly IReadOnlyList<string> Header = ["ref", "nationality", "hiredOn", "employmentStatus", "category", "amount", "currency", "paidTo", "paidOn"];

    public static IReadOnlyList<WorkerSubmission> Read(CsvTable table, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = new CsvColumns(table, Header, errors);
        if (!columns.HeaderMatches())
        {
            return [];
        }

        var workers = new List<(string? Ref, string? Nationality, DateOnly? HiredOn, string? Status, List<FeeSubmission> Fees)>();
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var workerRef = columns.Text(row, "ref");
            var worker = workers.FindIndex(w => w.Ref == workerRef && workerRef is not null);
            if (worker < 0)
            {
                workers.Add((workerRef, columns.Text(row, "nationality"), columns.Date(row, "hiredOn"), columns.Text(row, "employmentStatus"), []));
                worker = workers.Count - 1;
            }

            var category = columns.Text(row, "category");
            var amount = columns.Number(row, "amount");
            var currency = columns.Text(row, "currency");
            if (category is not null || amount is not null || currency is not null)
            {
                workers[worker].Fees.Add(new FeeSubmission(category, amount, currency, columns.Text(row, "paidTo"), columns.Date(row, "paidOn")));
            }
        }

        return [.. workers.Select(w => new WorkerSubmission(w.Ref, w.Nationality, w.HiredOn, w.Status, w.Fees))];
    }
}
