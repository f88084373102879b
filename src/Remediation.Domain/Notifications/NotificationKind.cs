namespace Remediation.Domain.Notifications;

public enum NotificationKind
{
    /// <summary>The case reached a stage where the recipient must act.</summary>
    ActionRequired,
    Escalation,
    RetaliationReported,
    CaseClosed,
    OverdueDigest,
}
