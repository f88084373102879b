using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Remediation.Contracts;
using Remediation.Domain.Validation;

namespace Remediation.Api.Json;

/// <summary>
/// Checks a JSON document against the shape of a contract type before it is deserialised, and lists every problem:
/// unknown members, missing required members, nulls where a value is required, and values of the wrong type, each
/// by JSON path with what was expected. The serializer stops at the first problem; partners need them all.
/// The shape comes from System.Text.Json's own metadata of the contract type, so it cannot differ from what the
/// deserialiser then accepts.
/// </summary>
public static class JsonShape
{
    public const string UnknownMember = "Unknown field: only the documented fields are accepted (unknown fields could carry personal data).";

    public static void Check(JsonElement element, JsonTypeInfo info, string path, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(errors);
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, info, path, errors);
                break;
            case JsonTypeInfoKind.Enumerable when element.ValueKind != JsonValueKind.Array:
                errors.Add(path, $"Expected an array; got {Describe(element)}.");
                break;
            case JsonTypeInfoKind.Enumerable:
                var itemInfo = info.Options.GetTypeInfo(info.ElementType!);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckValue(item, itemInfo, $"{path}[{index++}]", nullable: false, errors);
                }

                break;
            case JsonTypeInfoKind.Dictionary when element.ValueKind != JsonValueKind.Object:
                errors.Add(path, $"Expected an object; got {Describe(element)}.");
                break;
            case JsonTypeInfoKind.Dictionary:
                var valueInfo = info.Options.GetTypeInfo(info.ElementType!);
                foreach (var member in element.EnumerateObject())
                {
                    CheckValue(member.Value, valueInfo, $"{path}.{member.Name}", nullable: false, errors);
                }

                break;
            default:
                if (!Fits(element, type))
                {
                    var sameKind = element.ValueKind == JsonKind(type)
                        || (element.ValueKind is JsonValueKind.True or JsonValueKind.False && type == typeof(bool));
                    errors.Add(
                        path,
                        sameKind ? $"Expected {Expected(type)}; the value given is not." : $"Expected {Expected(type)}; got {Describe(element)}.");
                }

                break;
        }
    }

    /// <summary>What a value of <paramref name="type"/> looks like in JSON, for messages and documentation.</summary>
    public static string Expected(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) => "a string",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number (a JSON number, not a string)",
            _ when type == typeof(decimal) => "an exact decimal as a JSON number, such as 20000.50 (not a string)",
            _ when type == typeof(DateOnly) => "a date as a string yyyy-MM-dd",
            _ when type == typeof(DateTimeOffset) => "a date and time as a string in ISO 8601 with an offset, such as 2026-12-01T09:00:00Z",
            _ when type.IsEnum => $"one of [{string.Join(", ", WireFormat.Names(type))}]",
            _ => "an object",
        };
    }

    private static void CheckObject(JsonElement element, JsonTypeInfo info, string path, ErrorList errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"Expected an object; got {Describe(element)}.");
            return;
        }

        var seen = new HashSet<JsonPropertyInfo>();
        foreach (var member in element.EnumerateObject())
        {
            var property = info.Properties.FirstOrDefault(p => string.Equals(p.Name, member.Name, StringComparison.OrdinalIgnoreCase));
            var memberPath = $"{path}.{member.Name}";
            if (property is null)
            {
                errors.Add(memberPath, UnknownMember);
                continue;
            }

            seen.Add(property);
            if (member.Value.ValueKind == JsonValueKind.Array && MaxItems(property) is { } max && member.Value.GetArrayLength() > max)
            {
                // Not walked item by item: a list past its limit is refused as a whole, however long it is.
                errors.Add(memberPath, $"At most {max} items; {member.Value.GetArrayLength()} were sent. Send the rest in another request.");
                continue;
            }

            var nullable = property.IsSetNullable
                && !(property.IsRequired && property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null);
            CheckValue(member.Value, info.Options.GetTypeInfo(property.PropertyType), memberPath, nullable, errors);
        }

        foreach (var property in info.Properties.Where(p => p.IsRequired && !seen.Contains(p)))
        {
            errors.Add(
                $"{path}.{property.Name}",
                $"Required: {Expected(property.PropertyType)}" +
                $"{(property.PropertyType.IsValueType || property.PropertyType == typeof(string) ? string.Empty : " (see the API document)")}.");
        }
    }

    /// <summary>The contract's <c>[MaxLength]</c> on a list member, if any.</summary>
    private static int? MaxItems(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(System.ComponentModel.DataAnnotations.MaxLengthAttribute), true)
            .OfType<System.ComponentModel.DataAnnotations.MaxLengthAttribute>().FirstOrDefault()?.Length;

    private static void CheckValue(JsonElement value, JsonTypeInfo info, string path, bool nullable, ErrorList errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!nullable)
            {
                errors.Add(path, $"Must not be null: {Expected(info.Type)}.");
            }

            return;
        }

        Check(value, info, path, errors);
    }

    private static bool Fits(JsonElement element, Type type) => type switch
    {
        _ when type == typeof(string) => element.ValueKind == JsonValueKind.String,
        _ when type == typeof(bool) => element.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ when type == typeof(int) => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out _),
        _ when type == typeof(long) => element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out _),
        _ when type == typeof(decimal) => element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out _),
        _ when type == typeof(DateOnly) => element.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(TextOf(element), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ when type == typeof(DateTimeOffset) => element.ValueKind == JsonValueKind.String && element.TryGetDateTimeOffset(out _),
        _ when type.IsEnum => element.ValueKind == JsonValueKind.String
            && WireFormat.Names(type).Contains(TextOf(element), StringComparer.Ordinal),
        _ => true,
    };

    /// <summary>The string's text; null when it is not text (an escaped lone surrogate such as "\ud800"), which fits nothing.</summary>
    private static string? TextOf(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static JsonValueKind JsonKind(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(decimal) ? JsonValueKind.Number
        : type == typeof(bool) ? JsonValueKind.True
        : JsonValueKind.String;

    /// <summary>The kind of value that was sent, never the value itself (it could be personal data).</summary>
    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
