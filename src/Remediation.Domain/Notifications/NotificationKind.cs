namespace Remediation.Domain.Notifications;

/// <summary>What happened, as the parties are told. Each kind is one event type on the wire (<see cref="EventTypes"/>).</summary>
public enum NotificationKind
{
    /// <summary>A partner reported a grievance; caseworkers triage it.</summary>
    CaseOpened,

    /// <summary>The case entered a stage where the recipient must act.</summary>
    StageChanged,
    FindingsSubmitted,

    /// <summary>Findings were accepted (the case moves on) or returned to the supplier.</summary>
    FindingsDecided,
    PlanSubmitted,
    PlanDecided,
    PaymentsRecorded,

    /// <summary>Every confirmed amount is paid: the partner confirms receipt with the workers.</summary>
    VerificationNeeded,
    ReceiptsDisputed,
    RetaliationReported,
    DeadlineExtended,

    /// <summary>One rung of the escalation ladder; the level is on the notification.</summary>
    Escalated,
    CaseClosed,

    /// <summary>The daily list of overdue cases, for caseworkers.</summary>
    OverdueDigest,
}
