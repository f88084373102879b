namespace Remediation.Domain.Notifications;

public enum DeliveryStatus
{
    Pending,
    Delivered,

    /// <summary>Gave up: the retry window passed, the endpoint answered 410 Gone, or the subscription is gone.</summary>
    Failed,
}
