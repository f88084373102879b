using System.Collections.Frozen;

namespace Remediation.Domain.Notifications;

/// <summary>
/// The wire names of notification kinds: "case.escalated" in a subscription's events, and
/// "org.remediation.case.escalated" as a CloudEvents type.
/// </summary>
public static class EventTypes
{
    public const string Namespace = "org.remediation.";

    private static readonly FrozenDictionary<NotificationKind, string> Names = new Dictionary<NotificationKind, string>
    {
        [NotificationKind.CaseOpened] = "case.opened",
        [NotificationKind.StageChanged] = "case.stage_changed",
        [NotificationKind.FindingsSubmitted] = "case.findings_submitted",
        [NotificationKind.FindingsDecided] = "case.findings_decided",
        [NotificationKind.PlanSubmitted] = "case.plan_submitted",
        [NotificationKind.PlanDecided] = "case.plan_decided",
        [NotificationKind.PaymentsRecorded] = "case.payments_recorded",
        [NotificationKind.VerificationNeeded] = "case.verification_needed",
        [NotificationKind.ReceiptsDisputed] = "case.receipts_disputed",
        [NotificationKind.RetaliationReported] = "case.retaliation_reported",
        [NotificationKind.DeadlineExtended] = "case.deadline_extended",
        [NotificationKind.Escalated] = "case.escalated",
        [NotificationKind.CaseClosed] = "case.closed",
        [NotificationKind.OverdueDigest] = "digest.overdue",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, NotificationKind> Kinds =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IEnumerable<string> All => Names.Values.Order(StringComparer.Ordinal);

    public static string NameOf(NotificationKind kind) => Names[kind];

    /// <summary>The CloudEvents type: the name under this product's reverse-DNS namespace.</summary>
    public static string CloudEventType(NotificationKind kind) => Namespace + Names[kind];

    public static bool TryParse(string? name, out NotificationKind kind) => Kinds.TryGetValue(name ?? string.Empty, out kind);
}
