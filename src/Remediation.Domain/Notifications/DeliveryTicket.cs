namespace Remediation.Domain.Notifications;

/// <summary>
/// A scheduled attempt: which delivery, and the token it must carry to be acted on. <paramref name="Previous"/> is
/// the token it carried when this attempt was scheduled: a delivery still carrying that one has not recorded the
/// schedule yet (it is written just after), so the attempt waits a moment instead of being dropped.
/// </summary>
public sealed record DeliveryTicket(string Partition, string DeliveryId, string Token, string? Previous = null);
