using System.Text.Json.Serialization;

namespace Remediation.Contracts.Notifications;

/// <summary>
/// A webhook delivery's body: a CloudEvents 1.0 event in structured JSON mode
/// (<c>Content-Type: application/cloudevents+json</c>). Deserialize it with this type or any CloudEvents SDK.
/// </summary>
public sealed record NotificationEvent
{
    /// <summary>Always "1.0".</summary>
    [JsonPropertyName("specversion")]
    public required string SpecVersion { get; init; }

    /// <summary>The event's id: the same for every recipient and every redelivery of one notification.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The API that raised it, e.g. "https://remediation.example.org/api/v1".</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>"org.remediation." and the event type, e.g. "org.remediation.case.escalated".</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The case id (absent for the daily digest).</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; init; }

    /// <summary>When it happened.</summary>
    [JsonPropertyName("time")]
    public required DateTimeOffset Time { get; init; }

    /// <summary>Always "application/json".</summary>
    [JsonPropertyName("datacontenttype")]
    public required string DataContentType { get; init; }

    [JsonPropertyName("data")]
    public required NotificationData Data { get; init; }
}
