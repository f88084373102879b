namespace Remediation.Domain.Cases;

/// <summary>Everything that can be done to a case, by a party or by the clock.</summary>
public enum CaseCommand
{
    Triage,
    Acknowledge,
    SubmitFindings,
    DecideFindings,
    SubmitPlan,
    DecidePlan,
    RecordPayments,
    RecordReceipts,
    ReportRetaliation,
    ExtendDeadline,
    Close,
    AddNote,
    AddWorkers,
    Escalate,
}
