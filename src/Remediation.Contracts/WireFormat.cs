using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Remediation.Contracts;

/// <summary>The names enums have on the wire (their <see cref="JsonStringEnumMemberNameAttribute"/>), both ways.</summary>
public static class WireFormat
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(string Name, object Value)>> Cache = new();

    /// <summary>Every wire name of <paramref name="type"/>, in declaration order.</summary>
    public static IReadOnlyList<string> Names(Type type) => [.. Members(type).Select(m => m.Name)];

    public static string Name<T>(T value)
        where T : struct, Enum => Members(typeof(T)).First(m => m.Value.Equals(value)).Name;

    public static bool TryParse<T>(string? name, out T value)
        where T : struct, Enum
    {
        foreach (var member in Members(typeof(T)))
        {
            if (string.Equals(member.Name, name, StringComparison.Ordinal))
            {
                value = (T)member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static IReadOnlyList<(string Name, object Value)> Members(Type type) => Cache.GetOrAdd(type, t =>
        [.. t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name, f.GetValue(null)!))]);
}
