namespace Remediation.Domain.Notifications;

public enum DeliveryChannel
{
    Webhook,
    Email,
}
