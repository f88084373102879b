using Remediation.Contracts;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;
using Remediation.Domain.Intake;
using Remediation.Workflows.Commands.Acknowledge;
using Remediation.Workflows.Commands.AddWorkers;
using Remediation.Workflows.Commands.Close;
using Remediation.Workflows.Commands.DeadlineExtension;
using Remediation.Workflows.Commands.Findings;
using Remediation.Workflows.Commands.FindingsDecision;
using Remediation.Workflows.Commands.Note;
using Remediation.Workflows.Commands.Payments;
using Remediation.Workflows.Commands.Plan;
using Remediation.Workflows.Commands.PlanDecision;
using Remediation.Workflows.Commands.Receipts;
using Remediation.Workflows.Commands.Retaliation;
using Remediation.Workflows.Commands.Triage;

namespace Remediation.Api.Commands;

/// <summary>
/// Contract requests as the workflows' command payloads. The payloads are the durable messages of the
/// orchestration (stored in the inbox, replayed after a crash), so they stay independent of the wire contract.
/// </summary>
public static class CommandPayloads
{
    public static IntakeSubmission From(CreateCaseRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new IntakeSubmission(
            r.PartnerReference, new FactorySubmission(r.Factory.Name, r.Factory.Country, r.Factory.Site), r.SupplierId, r.Summary,
            r.Priority is { } p ? WireFormat.Name(p) : null, r.Indicators?.Select(WireFormat.Name).ToList(), Workers(r.Workers));
    }

    public static AddWorkersPayload From(AddWorkersRequest r) => new(Workers(r?.Workers ?? []));

    public static TriagePayload From(TriageRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Accept, r.SupplierId, r.Contracts, r.Priority is { } p ? WireFormat.Name(p) : null, r.Reason);
    }

    public static AcknowledgePayload From(AcknowledgeRequest r) => new();

    public static FindingsPayload From(FindingsRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            WireFormat.Name(r.Basis), r.RootCause,
            [.. r.Workers.Select(w => new WorkerFindingsPayload(
                w.Ref,
                [.. w.Confirmed.Select(c => new ConfirmedFeePayload(WireFormat.Name(c.Category), c.Amount, c.Currency))]))],
            r.EvidenceIds);
    }

    public static FindingsDecisionPayload From(FindingsDecisionRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Accept, r.Reason);
    }

    public static PlanPayload From(PlanRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new([.. r.Instalments.Select(i => new InstalmentPayload(
            i.Number, i.DueAt, [.. i.Amounts.Select(a => new MoneyPayload(a.Amount, a.Currency))]))]);
    }

    public static PlanDecisionPayload From(PlanDecisionRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Approve, r.Reason, r.Justification);
    }

    public static PaymentsPayload From(PaymentsRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new([.. r.Payments.Select(p => new PaymentPayload(p.Ref, p.PaymentId, p.Amount, p.Currency, p.PaidOn, p.Method, p.EvidenceIds))]);
    }

    public static ReceiptsPayload From(ReceiptsRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new([.. r.Receipts.Select(c => new ReceiptPayload(
            c.Ref, c.ReceiptId, c.Received, c.Amount, c.Currency, c.Method, c.RetaliationReported, c.ConfirmedOn, c.EvidenceIds))]);
    }

    public static RetaliationPayload From(RetaliationReportRequest r) => new(r?.Description, r?.EvidenceIds);

    public static DeadlineExtensionPayload From(DeadlineExtensionRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.NewDeadline, r.Reason);
    }

    public static ClosePayload From(CloseRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(WireFormat.Name(r.Outcome), r.Reason);
    }

    public static NotePayload From(NoteRequest r) => new(r?.Text);

    private static List<WorkerSubmission> Workers(IReadOnlyList<WorkerRequest> workers) =>
        [.. workers.Select(w => new WorkerSubmission(
            w.Ref, w.Nationality, w.HiredOn, WireFormat.Name(w.EmploymentStatus),
            w.Fees?.Select(f => new FeeSubmission(WireFormat.Name(f.Category), f.Amount, f.Currency, f.PaidTo, f.PaidOn)).ToList()))];
}
