using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Evidence;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Validation;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Payments;

/// <summary>
/// Records a batch of payments. Every payment is checked against what its worker is still owed; one payment too
/// many anywhere and nothing of the batch is recorded.
/// </summary>
public sealed class PaymentsHandler(
    ILedgerStore ledger, IEvidenceStore evidence, IOptions<DeadlinePolicy> policy, Verification.VerificationSamples samples)
    : CaseCommandHandler<PaymentsPayload, PaymentBatch>
{
    public const int MaxMethodLength = 100;

    public override CaseCommand Kind => CaseCommand.RecordPayments;

    protected override async Task<Checked<PaymentBatch>> ValidateAsync(
        CommandContext context, PaymentsPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        var errors = new ErrorList();
        var byWorker = Parse(payload.Payments, DateOnly.FromDateTime(context.Now.UtcDateTime), errors);
        await EvidenceCitations.CheckAsync(
            evidence,
            context,
            (payload.Payments ?? []).Select((p, i) => ($"$.payments[{i}].evidenceIds", p?.EvidenceIds)),
            errors,
            cancellationToken).ConfigureAwait(false);
        return Checked.Of(new PaymentBatch(byWorker, payload.Payments?.Count ?? 0), errors);
    }

    protected override async Task<Transition> ApplyAsync(CommandContext context, PaymentBatch command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var byWorker = command.ByWorker;
        var write = await ledger.ChangeAsync(context, LineBatch.PerWorker(byWorker, (line, p) => line.RecordPayment(p)), cancellationToken)
            .ConfigureAwait(false);
        if (write.IsRefused)
        {
            return context.Refuse(RefusalText.FromLedger(write.Refusals));
        }

        if (!context.IsPreview && write.LinesChanged > 0)
        {
            // Counted once: a retried command finds its payments recorded and changes no line.
            Telemetry.RemediationTelemetry.Repay(MoneyTotals.Of(byWorker.Values.SelectMany(p => p).Select(p => p.Amount)));
        }

        var transition = context.Case.RecordPayments(context.Actor, command.Count, write.Summary, context.Now, policy.Value);
        if (context.IsPreview || transition.IsRefused || transition.Case.Stage != Stage.Verification || context.Case.Stage == Stage.Verification)
        {
            return transition;
        }

        // Entering Verification: the sample is drawn now, and not before, so the supplier could not pay its workers first.
        var (sample, drawnNow) = await samples.DrawAsync(context.CaseId, context.Now, cancellationToken).ConfigureAwait(false);
        return drawnNow ? transition with { Events = [.. transition.Events, Case.SampleDrawn(sample)] } : transition;
    }

    private static Dictionary<string, List<Payment>> Parse(IReadOnlyList<PaymentPayload>? payments, DateOnly today, ErrorList errors)
    {
        var byWorker = new Dictionary<string, List<Payment>>(StringComparer.Ordinal);
        if (!LineBatch.IsWithin(
            payments,
            IntakeLimits.MaxWorkersPerRequest,
            "$.payments",
            $"Send 1 to {IntakeLimits.MaxWorkersPerRequest} payments per request.",
            errors))
        {
            return byWorker;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < payments.Count; i++)
        {
            var path = $"$.payments[{i}]";
            var p = payments[i];
            var before = errors.Count;
            if (p?.Ref is null || !Identifiers.WorkerRef().IsMatch(p.Ref))
            {
                errors.Add($"{path}.ref", "A worker reference of the case is required.");
            }

            if (p?.PaymentId is null || !Identifiers.PaymentId().IsMatch(p.PaymentId))
            {
                errors.Add($"{path}.paymentId", "A payment id (1 to 64 letters, digits or . _ -) is required; it makes resending the batch safe.");
            }
            else if (!ids.Add(p.PaymentId))
            {
                errors.Add($"{path}.paymentId", $"Payment id {p.PaymentId} appears more than once in this batch.");
            }

            var money = MoneyValidator.Validate(p?.Amount, p?.Currency, path, errors);
            if (p?.PaidOn is null)
            {
                errors.Add($"{path}.paidOn", "paidOn (the date of payment) is required.");
            }
            else
            {
                WorkerValidator.CheckDate(p.PaidOn, $"{path}.paidOn", today, errors);
            }

            if (string.IsNullOrWhiteSpace(p?.Method) || p.Method.Length > MaxMethodLength)
            {
                errors.Add($"{path}.method", $"method (bank_transfer, cash, payroll, ...) is required, at most {MaxMethodLength} characters.");
            }

            if (errors.Count == before)
            {
                var payment = new Payment(p!.PaymentId!, money!.Value, p.PaidOn!.Value, p.Method!, p.EvidenceIds ?? []);
                byWorker.AddFor(p.Ref!, payment);
            }
        }

        return byWorker;
    }
}
