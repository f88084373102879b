using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remediation.Storage.Serialization;

/// <summary>
/// JSON settings for documents kept in table properties. Decimals round-trip exactly as JSON numbers. Text is written
/// as itself, not as <c>\uXXXX</c> escapes (which made every Thai or Burmese character six characters long): these
/// documents are never embedded in HTML, so the relaxed encoder is safe here.
/// </summary>
internal static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"A stored {typeof(T).Name} is empty.");
}
