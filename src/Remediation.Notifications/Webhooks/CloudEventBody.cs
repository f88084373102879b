using System.Net.Mime;
using System.Text.Json;
using System.Text.Json.Serialization;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Remediation.Domain.Notifications;
using Remediation.Notifications.Dispatch;

namespace Remediation.Notifications.Webhooks;

/// <summary>A delivery's body: the outbox entry as a CloudEvents 1.0 event in structured JSON mode.</summary>
public sealed class CloudEventBody(NotificationFacts facts)
{
    public const string ContentType = "application/cloudevents+json";

    private static readonly JsonEventFormatter Formatter = new(
        new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull },
        default);

    public ReadOnlyMemory<byte> Encode(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = NotificationFacts.EventId(entry),
            Source = facts.BaseUrl.Length > 0 ? new Uri(facts.BaseUrl + "/api/v1") : new Uri("/api/v1", UriKind.Relative),
            Type = EventTypes.CloudEventType(entry.Notification.Kind),
            Subject = entry.Case is null ? null : entry.Notification.CaseId,
            Time = entry.At,
            DataContentType = MediaTypeNames.Application.Json,
            Data = facts.DataOf(entry),
        };
        return Formatter.EncodeStructuredModeMessage(cloudEvent, out _);
    }
}
