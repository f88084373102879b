using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remediation.Api.Json;

/// <summary>
/// JSON of the API: camelCase; unknown fields are an error (they could carry personal data); numbers are exact
/// decimals; amounts are written as strings so no client's floating point rounds them. Enums carry their wire names on the
/// contract types themselves (a converter here would take precedence over them).
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 16,
        NumberHandling = JsonNumberHandling.Strict,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };
}
