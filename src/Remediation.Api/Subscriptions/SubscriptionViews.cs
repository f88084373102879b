using Remediation.Contracts.Notifications;
using Remediation.Domain.Notifications;
using DeliveryStatus = Remediation.Contracts.Notifications.DeliveryStatus;

namespace Remediation.Api.Subscriptions;

internal static class SubscriptionViews
{
    public static SubscriptionView From(Subscription s, DateTimeOffset now, string? secret = null) => new()
    {
        Id = s.Id,
        Url = s.Url.ToString(),
        Events = [.. s.Events.Select(ToContract).Order()],
        Enabled = s.Enabled,
        DisabledReason = s.DisabledReason,
        CreatedAt = s.CreatedAt,
        Secret = secret,
        PreviousSecretValidUntil = s.PreviousSecret is not null && s.PreviousSecretExpiresAt > now ? s.PreviousSecretExpiresAt : null,
    };

    public static DeliveryView From(Delivery d) => new()
    {
        Id = d.Id,
        EventType = ToContract(d.Kind),
        CaseId = d.Kind == NotificationKind.OverdueDigest ? null : d.CaseId,
        Status = Enum.Parse<DeliveryStatus>(d.Status.ToString()),
        Attempts = d.Attempts,
        LastStatusCode = d.LastStatusCode,
        LastError = d.LastError,
        LastAttemptAt = d.LastAttemptAt,
        NextAttemptAt = d.NextAttemptAt,
    };

    public static EventType ToContract(NotificationKind kind) => Enum.Parse<EventType>(kind.ToString());

    public static NotificationKind ToDomain(EventType type) => Enum.Parse<NotificationKind>(type.ToString());
}
