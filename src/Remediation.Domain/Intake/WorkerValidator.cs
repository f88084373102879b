using Remediation.Domain.Currencies;
using Remediation.Domain.Geography;
using Remediation.Domain.Ledger;
using Remediation.Domain.Validation;

namespace Remediation.Domain.Intake;

/// <summary>Validates workers and their fees (at intake and when workers are added later), reporting every problem by JSON path.</summary>
public static class WorkerValidator
{
    /// <summary>Appends problems to <paramref name="errors"/>; returns the ledger lines when there were none in this list.</summary>
    public static IReadOnlyList<LedgerLine> Validate(IReadOnlyList<WorkerSubmission>? workers, string path, DateOnly today, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (workers is null || workers.Count == 0)
        {
            errors.Add(path, "At least one worker is required.");
            return [];
        }

        if (workers.Count > IntakeLimits.MaxWorkersPerRequest)
        {
            errors.Add(
                path,
                $"At most {IntakeLimits.MaxWorkersPerRequest} workers per request; send larger cases in batches (POST /cases/{{id}}/workers).");
            return [];
        }

        var lines = new List<LedgerLine>(workers.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var before = errors.Count;
        for (var i = 0; i < workers.Count; i++)
        {
            var line = ValidateWorker(workers[i], $"{path}[{i}]", today, errors);
            if (line is null)
            {
                continue;
            }

            if (!seen.Add(line.WorkerRef))
            {
                errors.Add($"{path}[{i}].ref", $"Worker reference '{line.WorkerRef}' appears more than once; each worker has one line.");
                continue;
            }

            lines.Add(line);
        }

        return errors.Count == before ? lines : [];
    }

    private static LedgerLine? ValidateWorker(WorkerSubmission? worker, string path, DateOnly today, ErrorList errors)
    {
        if (worker is null)
        {
            errors.Add(path, "A worker must be an object.");
            return null;
        }

        var before = errors.Count;
        if (worker.Ref is null || !Identifiers.WorkerRef().IsMatch(worker.Ref))
        {
            errors.Add(
                $"{path}.ref",
                "A worker reference is required: 1 to 64 letters, digits or . _ : - "
                    + "(an employee number or the partner's code, never a name or document number).");
        }

        if (!Country.TryParse(worker.Nationality, out var nationality))
        {
            errors.Add($"{path}.nationality", "Nationality must be an ISO 3166-1 alpha-2 code such as MM, NP or BD.");
        }

        CheckDate(worker.HiredOn, $"{path}.hiredOn", today, errors);
        if (!WireNames.TryParseEmploymentStatus(worker.EmploymentStatus, out var status))
        {
            errors.Add($"{path}.employmentStatus", "Employment status must be 'current' or 'former'.");
        }

        var fees = new List<FeeItem>();
        var feeList = worker.Fees ?? [];
        if (feeList.Count > IntakeLimits.MaxFeesPerWorker)
        {
            errors.Add($"{path}.fees", $"At most {IntakeLimits.MaxFeesPerWorker} fee items per worker.");
        }
        else
        {
            for (var f = 0; f < feeList.Count; f++)
            {
                if (ValidateFee(feeList[f], $"{path}.fees[{f}]", today, errors) is { } fee)
                {
                    fees.Add(fee);
                }
            }
        }

        return errors.Count == before ? new LedgerLine(worker.Ref!, nationality!, worker.HiredOn, status, fees) : null;
    }

    private static FeeItem? ValidateFee(FeeSubmission? fee, string path, DateOnly today, ErrorList errors)
    {
        if (fee is null)
        {
            errors.Add(path, "A fee must be an object.");
            return null;
        }

        var before = errors.Count;
        if (!WireNames.TryParseFeeCategory(fee.Category, out var category))
        {
            errors.Add($"{path}.category", $"Category must be one of the ILO categories: {string.Join(", ", WireNames.FeeCategoryNames)}.");
        }

        var money = MoneyValidator.Validate(fee.Amount, fee.Currency, path, errors);
        if (fee.PaidTo is { Length: > IntakeLimits.MaxNameLength })
        {
            errors.Add($"{path}.paidTo", $"paidTo has at most {IntakeLimits.MaxNameLength} characters (an agent or broker, never a worker).");
        }
        else if (Privacy.PersonalDataGuard.Explain(fee.PaidTo) is { } personal)
        {
            errors.Add($"{path}.paidTo", personal);
        }

        if (fee.PaidOn is not null)
        {
            CheckDate(fee.PaidOn, $"{path}.paidOn", today, errors);
        }

        return errors.Count == before ? new FeeItem(category, money!.Value, fee.PaidTo, fee.PaidOn) : null;
    }

    /// <summary>Dates are optional where the caller allows; given ones lie between 1990 and today.</summary>
    public static void CheckDate(DateOnly? date, string path, DateOnly today, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (date is null)
        {
            return;
        }

        if (date > today)
        {
            errors.Add(path, $"{date:yyyy-MM-dd} is in the future.");
        }
        else if (date < IntakeLimits.EarliestDate)
        {
            errors.Add(path, $"{date:yyyy-MM-dd} is before {IntakeLimits.EarliestDate:yyyy-MM-dd}.");
        }
    }
}
