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

    /// <summary>A short hash of a serialised payload, to tell two copies of a command apart from two commands.</summary>
    public static string Hash(string json) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json ?? string.Empty)))[..32];

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
