using Microsoft.Extensions.Options;
using Remediation.Domain;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Evidence;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Validation;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Findings;

/// <summary>
/// The supplier's findings: the case records basis and root cause; each named worker's line gets its confirmed
/// amounts. Every worker and amount is checked before anything is written.
/// </summary>
public sealed class FindingsHandler(ILedgerStore ledger, IEvidenceStore evidence, IOptions<DeadlinePolicy> policy)
    : CaseCommandHandler<FindingsPayload, FindingsSubmission>
{
    public override CaseCommand Kind => CaseCommand.SubmitFindings;

    protected override async Task<Checked<FindingsSubmission>> ValidateAsync(
        CommandContext context, FindingsPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        if (!WireNames.TryParseBasis(payload.Basis, out var basis))
        {
            return Checked.Refused<FindingsSubmission>("basis must be 'zero_fee' or 'legal_cap'.");
        }

        var errors = new ErrorList();
        var confirmations = Parse(payload.Workers, errors);
        await EvidenceCitations.CheckAsync(evidence, context, [("$.evidenceIds", payload.EvidenceIds)], errors, cancellationToken)
            .ConfigureAwait(false);
        return Checked.Of(new FindingsSubmission(basis, payload.RootCause, confirmations), errors);
    }

    protected override async Task<Transition> ApplyAsync(CommandContext context, FindingsSubmission command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var transition = context.Case.SubmitFindings(context.Actor, command.Basis, command.RootCause, context.Now, policy.Value);
        if (transition.IsRefused)
        {
            return transition;
        }

        var write = await ledger.ChangeAsync(
            context,
            command.Confirmations.ToDictionary(
                c => c.Key, c => (Func<LedgerLine, (LedgerLine, LedgerChange)>)(line => line.Confirm(command.Basis, c.Value))),
            cancellationToken).ConfigureAwait(false);
        return write.IsRefused ? context.Refuse(RefusalText.FromLedger(write.Refusals)) : transition;
    }

    private static Dictionary<string, IReadOnlyList<ConfirmedFee>> Parse(IReadOnlyList<WorkerFindingsPayload>? workers, ErrorList errors)
    {
        var result = new Dictionary<string, IReadOnlyList<ConfirmedFee>>(StringComparer.Ordinal);
        if (!LineBatch.IsWithin(
            workers,
            IntakeLimits.MaxWorkersPerRequest,
            "$.workers",
            $"Findings name 1 to {IntakeLimits.MaxWorkersPerRequest} workers per request.",
            errors))
        {
            return result;
        }

        for (var i = 0; i < workers.Count; i++)
        {
            var path = $"$.workers[{i}]";
            var worker = workers[i];
            if (worker?.Ref is null || !Identifiers.WorkerRef().IsMatch(worker.Ref))
            {
                errors.Add($"{path}.ref", "A worker reference of the case is required.");
                continue;
            }

            var fees = new List<ConfirmedFee>();
            var confirmed = worker.Confirmed ?? [];
            if (confirmed.Count > IntakeLimits.MaxFeesPerWorker)
            {
                errors.Add($"{path}.confirmed", $"At most {IntakeLimits.MaxFeesPerWorker} confirmed fee lines per worker.");
                continue;
            }

            for (var f = 0; f < confirmed.Count; f++)
            {
                var fee = confirmed[f];
                if (!WireNames.TryParseFeeCategory(fee?.Category, out var category))
                {
                    errors.Add($"{path}.confirmed[{f}].category", "Category must be one of the ILO fee categories.");
                }

                if (MoneyValidator.Validate(fee?.Amount, fee?.Currency, $"{path}.confirmed[{f}]", errors, allowZero: true) is { } money)
                {
                    fees.Add(new ConfirmedFee(category, money));
                }
            }

            if (!result.TryAdd(worker.Ref, fees))
            {
                errors.Add($"{path}.ref", $"Worker {worker.Ref} appears more than once.");
            }
        }

        return result;
    }
}
