namespace Remediation.Domain.Cases;

/// <summary>The kinds of timeline entries, as stored and shown by the API.</summary>
public static class CaseEventKinds
{
    public const string Opened = "case.opened";
    public const string TriageAccepted = "triage.accepted";
    public const string TriageRejected = "triage.rejected";
    public const string Acknowledged = "supplier.acknowledged";
    public const string FindingsSubmitted = "findings.submitted";
    public const string FindingsAccepted = "findings.accepted";
    public const string FindingsReturned = "findings.returned";
    public const string PlanSubmitted = "plan.submitted";
    public const string PlanApproved = "plan.approved";
    public const string PlanRejected = "plan.rejected";
    public const string PaymentsRecorded = "payments.recorded";
    public const string InstalmentMet = "instalment.met";
    public const string ReceiptsRecorded = "receipts.recorded";
    public const string ReceiptDisputed = "receipt.disputed";

    /// <summary>A worker answered with their own code: told apart from receipts a partner recorded.</summary>
    public const string ReceiptsConfirmedByWorker = "receipts.worker_confirmed";

    /// <summary>The verification sample drawn on entering Verification: seed and method (withheld from the supplier until closing).</summary>
    public const string VerificationSampleDrawn = "verification.sample_drawn";

    /// <summary>Disputes in the sample passed the policy's rate: every worker must confirm before closing as remediated.</summary>
    public const string FullVerificationRequired = "verification.full_required";
    public const string RetaliationReported = "retaliation.reported";
    public const string DeadlineExtended = "deadline.extended";
    public const string Escalated = "escalated";
    public const string StageChanged = "stage.changed";
    public const string Closed = "case.closed";
    public const string NoteAdded = "note.added";
    public const string WorkersAdded = "workers.added";
    public const string CommandRejected = "command.rejected";
    public const string EvidenceAdded = "evidence.added";

    /// <summary>Evidence for the partner and caseworkers only: the supplier reads that such a file was added, nothing more.</summary>
    public const string EvidenceAddedPartnerOnly = "evidence.added.partner_only";
    public const string EvidenceIntegrityFailed = "evidence.integrity_failed";
}
