using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Currencies;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Evidence;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Parties;
using Remediation.Domain.Validation;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Receipts;

/// <summary>
/// Records receipt confirmations. A receipt for less than was paid is a dispute: the difference is owed again, and
/// a case in Verification goes back to Reimbursement. A reported retaliation raises the case at once.
/// </summary>
public sealed class ReceiptsHandler(
    ILedgerStore ledger, IEvidenceStore evidence, IOptions<DeadlinePolicy> policy, Verification.VerificationSamples samples)
    : CaseCommandHandler<ReceiptsPayload, ReceiptBatch>
{
    public override CaseCommand Kind => CaseCommand.RecordReceipts;

    protected override async Task<Checked<ReceiptBatch>> ValidateAsync(
        CommandContext context, ReceiptsPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        var errors = new ErrorList();
        var byWorker = Parse(payload.Receipts, DateOnly.FromDateTime(context.Now.UtcDateTime), context.Actor.Role == Role.Worker, errors);
        await EvidenceCitations.CheckAsync(
            evidence,
            context,
            (payload.Receipts ?? []).Select((r, i) => ($"$.receipts[{i}].evidenceIds", r?.EvidenceIds)),
            errors,
            cancellationToken).ConfigureAwait(false);
        var receipts = payload.Receipts ?? [];
        return Checked.Of(
            new ReceiptBatch(
                byWorker,
                receipts.Count,
                receipts.Any(r => r.RetaliationReported),
                [.. receipts.Where(r => r.RetaliationReported).SelectMany(r => r.EvidenceIds ?? [])]),
            errors);
    }

    protected override async Task<Transition> ApplyAsync(CommandContext context, ReceiptBatch command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var byWorker = command.ByWorker;

        // Which receipts left a dispute open; filled while the ledger applies them (possibly more than once on retry).
        var disputed = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var write = await ledger.ChangeAsync(
            context,
            LineBatch.PerWorker(
                byWorker,
                (line, r) => line.RecordReceipt(r),
                (r, after) => disputed[r.Id] = after.OpenDisputes.Contains(r.Currency.Code)),
            cancellationToken).ConfigureAwait(false);
        if (write.IsRefused)
        {
            return context.Refuse(RefusalText.FromLedger(write.Refusals));
        }

        if (!context.IsPreview)
        {
            // What supports a report of retaliation is for the partner and caseworkers only, from now on.
            await evidence.RestrictAsync(context.CaseId, command.RetaliationEvidence, cancellationToken).ConfigureAwait(false);
        }

        var transition = context.Case.RecordReceipts(
            context.Actor,
            command.Count,
            disputed.Count(d => d.Value),
            command.RetaliationReported,
            write.Summary,
            context.Now,
            policy.Value);

        // A dispute in the verification sample may pass the policy's rate: then every worker must confirm (said once).
        if (context.IsPreview || transition.IsRefused || context.Case.FullVerificationRequired || !disputed.Any(d => d.Value)
            || await samples.GetAsync(context.CaseId, cancellationToken).ConfigureAwait(false) is not { } sample)
        {
            return transition;
        }

        var progress = await samples.ProgressAsync(sample, cancellationToken).ConfigureAwait(false);
        return context.Case.CheckSample(transition, sample, progress);
    }

    private static Dictionary<string, List<ReceiptConfirmation>> Parse(
        IReadOnlyList<ReceiptPayload>? receipts, DateOnly today, bool byWorker, ErrorList errors)
    {
        var lines = new Dictionary<string, List<ReceiptConfirmation>>(StringComparer.Ordinal);
        if (!LineBatch.IsWithin(
            receipts,
            IntakeLimits.MaxWorkersPerRequest,
            "$.receipts",
            $"Send 1 to {IntakeLimits.MaxWorkersPerRequest} receipt confirmations per request.",
            errors))
        {
            return lines;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < receipts.Count; i++)
        {
            var path = $"$.receipts[{i}]";
            var r = receipts[i];
            var before = errors.Count;
            if (r?.Ref is null || !Identifiers.WorkerRef().IsMatch(r.Ref))
            {
                errors.Add($"{path}.ref", "A worker reference of the case is required.");
            }

            if (r?.ReceiptId is null || !Identifiers.ReceiptId().IsMatch(r.ReceiptId) || !ids.Add(r.ReceiptId))
            {
                errors.Add(
                    $"{path}.receiptId",
                    "A receipt id, unique in the batch (1 to 64 letters, digits or . _ -), is required; it makes resending safe.");
            }

            if (!Currency.TryParse(r?.Currency, out var currency))
            {
                errors.Add($"{path}.currency", "Currency must be an ISO 4217 code such as THB, MYR or USD.");
            }

            if (r is { Received: true, Amount: null })
            {
                errors.Add($"{path}.amount", "A confirmed receipt states the amount the worker received in total in this currency.");
            }

            // Only a worker's own answer says "worker": a partner cannot make its record look like the worker's voice.
            if ((r?.Method == WorkerAnswer.Method) != byWorker)
            {
                errors.Add($"{path}.method", $"The method '{WorkerAnswer.Method}' is kept for workers' own answers with their codes; " +
                    "say how the partner confirmed it (for example interview or phone).");
            }

            if (r?.ConfirmedOn is null)
            {
                errors.Add($"{path}.confirmedOn", "confirmedOn (when the worker confirmed) is required.");
            }
            else
            {
                WorkerValidator.CheckDate(r.ConfirmedOn, $"{path}.confirmedOn", today, errors);
            }

            if (errors.Count == before)
            {
                var receipt = new ReceiptConfirmation(
                    r!.ReceiptId!,
                    currency!,
                    r.Received,
                    r.Amount ?? 0m,
                    r.Method,
                    r.RetaliationReported,
                    r.ConfirmedOn!.Value,
                    r.EvidenceIds ?? []);
                lines.AddFor(r.Ref!, receipt);
            }
        }

        return lines;
    }
}
