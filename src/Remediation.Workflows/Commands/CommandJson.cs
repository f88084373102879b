using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remediation.Workflows.Commands;

/// <summary>How command payloads are written and read: camelCase, strict about unknown fields.</summary>
public static class CommandJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Null when the payload is not valid JSON of that shape.</summary>
    public static T? TryDeserialize<T>(string json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
