using System.Text.Json;

namespace Remediation.Domain.Notifications;

/// <summary>One piece of delivery work as a queue message: fan out an outbox batch, or attempt a delivery.</summary>
public sealed record NotificationWork(OutboxBatch? FanOut, DeliveryTicket? Attempt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Null when the message is not delivery work (it is then dropped, not retried for ever).</summary>
    public static NotificationWork? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<NotificationWork>(json, Json) is { } work && (work.FanOut is null) != (work.Attempt is null)
                ? work
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
