using Remediation.Domain.Deadlines;
using Remediation.Domain.Parties;

namespace Remediation.Domain.Notifications;

/// <summary>
/// Which notifications go by e-mail, for people who run no webhook receiver: the late party hears the level-1
/// reminder; caseworkers hear levels 2-4, retaliation reports at once, and the daily digest. Everything else is
/// for webhooks and the console, so that e-mail stays worth reading.
/// </summary>
public static class EmailRouting
{
    public static bool Sends(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.Kind switch
        {
            NotificationKind.Escalated => notification.RecipientRole == Role.Caseworker
                ? notification.Level >= EscalationLevel.FormalNotice
                : notification.Level == EscalationLevel.Reminder,
            NotificationKind.RetaliationReported or NotificationKind.OverdueDigest => notification.RecipientRole == Role.Caseworker,
            _ => false,
        };
    }
}
