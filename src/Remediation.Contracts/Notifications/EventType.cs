using System.Text.Json.Serialization;

namespace Remediation.Contracts.Notifications;

/// <summary>What a notification is about; on the wire of a delivery the CloudEvents type is "org.remediation." and this name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventType>))]
public enum EventType
{
    /// <summary>A partner reported a grievance (to caseworkers).</summary>
    [JsonStringEnumMemberName("case.opened")]
    CaseOpened,

    /// <summary>The case entered a stage in which the recipient acts next.</summary>
    [JsonStringEnumMemberName("case.stage_changed")]
    StageChanged,

    [JsonStringEnumMemberName("case.findings_submitted")]
    FindingsSubmitted,

    /// <summary>Findings accepted (the case moves to the plan) or returned.</summary>
    [JsonStringEnumMemberName("case.findings_decided")]
    FindingsDecided,

    [JsonStringEnumMemberName("case.plan_submitted")]
    PlanSubmitted,

    [JsonStringEnumMemberName("case.plan_decided")]
    PlanDecided,

    [JsonStringEnumMemberName("case.payments_recorded")]
    PaymentsRecorded,

    /// <summary>Everything confirmed is paid: the partner confirms receipt with the workers.</summary>
    [JsonStringEnumMemberName("case.verification_needed")]
    VerificationNeeded,

    [JsonStringEnumMemberName("case.receipts_disputed")]
    ReceiptsDisputed,

    [JsonStringEnumMemberName("case.retaliation_reported")]
    RetaliationReported,

    [JsonStringEnumMemberName("case.deadline_extended")]
    DeadlineExtended,

    /// <summary>A rung of the escalation ladder; data.escalationLevel says which.</summary>
    [JsonStringEnumMemberName("case.escalated")]
    Escalated,

    [JsonStringEnumMemberName("case.closed")]
    CaseClosed,

    /// <summary>Once a day, the cases past their deadline (to caseworkers).</summary>
    [JsonStringEnumMemberName("digest.overdue")]
    OverdueDigest,
}
