using System.Text.Json.Serialization;

namespace Remediation.Contracts.Notifications;

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryStatus>))]
public enum DeliveryStatus
{
    /// <summary>Not delivered yet; nextAttemptAt says when it is tried (again).</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    [JsonStringEnumMemberName("delivered")]
    Delivered,

    /// <summary>Given up: 24 hours of retries passed, or the endpoint answered 410 Gone, or the subscription was disabled.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
