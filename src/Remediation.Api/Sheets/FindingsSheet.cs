using Remediation.Contracts;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;
using Remediation.Domain.Validation;

namespace Remediation.Api.Sheets;

/// <summary>
/// Investigation findings as a spreadsheet, one row per confirmed fee: <c>ref,category,amount,currency</c>; a row
/// with only <c>ref</c> says nothing is owed to that worker.
/// </summary>
public static class FindingsSheet
{
    public static readonly IReadOnlyList<string> Header = ["ref", "category", "amount", "currency"];

    public static IReadOnlyList<WorkerFindings> Read(SheetTable table, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(errors);
        var columns = new SheetColumns(table, Header, errors);
        if (!columns.HeaderMatches())
        {
            return [];
        }

        var byRef = new Dictionary<string, List<ConfirmedFee>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var workerRef = columns.Text(row, "ref");
            if (workerRef is null)
            {
                errors.Add(FieldError.InSheet(row.Number, "ref", "Every row names the worker's reference."));
                continue;
            }

            var fees = byRef.TryGetValue(workerRef, out var known) ? known : byRef[workerRef] = [];
            var category = columns.Text(row, "category");
            var amount = columns.Number(row, "amount");
            var currency = columns.Text(row, "currency");
            if (category is null && amount is null && currency is null)
            {
                continue;
            }

            if (!WireFormat.TryParse<FeeCategory>(category, out var parsed))
            {
                errors.Add(FieldError.InSheet(
                    row.Number, "category", $"Expected one of [{string.Join(", ", WireFormat.Names(typeof(FeeCategory)))}]."));
            }

            if (amount is null)
            {
                errors.Add(FieldError.InSheet(row.Number, "amount", "The confirmed amount is required (0 or more)."));
            }

            if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            {
                errors.Add(FieldError.InSheet(row.Number, "currency", "Expected an ISO 4217 code such as THB or USD."));
            }

            if (amount is { } a && currency is not null)
            {
                fees.Add(new ConfirmedFee { Category = parsed, Amount = a, Currency = currency });
            }
        }

        return [.. byRef.Select(p => new WorkerFindings { Ref = p.Key, Confirmed = p.Value })];
    }
}
