using Azure.Data.Tables;
using Remediation.Storage.Limits;

namespace Remediation.Storage.Serialization;

/// <summary>
/// A JSON document kept in table properties <c>Doc</c>, <c>Doc1</c>, <c>Doc2</c>, ... (or another name and its
/// numbered parts): a string property holds at most 32 Ki UTF-16 characters, so a document longer than that (a case
/// with long texts in Thai or Burmese, a worker with many payments) is cut into parts, never between the two halves
/// of a surrogate pair. The entity as a whole stays within 1 MiB; <see cref="TableLimits"/> refuses anything larger
/// before it is sent.
/// </summary>
internal static class DocumentColumns
{
    public const string Name = "Doc";

    /// <summary>Characters per part: below the limit, leaving room for nothing else to matter.</summary>
    private const int PartLength = TableLimits.MaxStringChars - 256;

    /// <summary>At most this many parts fit an entity of 1 MiB.</summary>
    private const int MaxParts = TableLimits.MaxEntityBytes / (2 * PartLength) + 1;

    /// <summary>Every property name a document may use, for queries that select columns.</summary>
    public static IReadOnlyList<string> Names { get; } = [Name, .. Enumerable.Range(1, MaxParts).Select(i => Name + i)];

    public static void Write(TableEntity entity, string json, string name = Name)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(json);
        var part = 0;
        for (var start = 0; start < json.Length || part == 0; part++)
        {
            var length = Math.Min(PartLength, json.Length - start);
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length--;
            }

            entity[part == 0 ? name : name + part] = json.Substring(start, length);
            start += length;
        }
    }

    public static string Read(TableEntity entity, string name = Name)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var first = entity.GetString(name) ?? throw new InvalidDataException("A stored document is missing.");
        if (!entity.ContainsKey(name + "1"))
        {
            return first;
        }

        var text = new System.Text.StringBuilder(first);
        for (var part = 1; entity.GetString(name + part) is { } next; part++)
        {
            text.Append(next);
        }

        return text.ToString();
    }
}
