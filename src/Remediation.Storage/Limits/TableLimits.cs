using Azure.Data.Tables;

namespace Remediation.Storage.Limits;

/// <summary>
/// Azure Table Storage's limits (learn.microsoft.com, "Understanding the Table service data model"), which Azurite
/// enforces only in part: a string or binary property of at most 64 KiB (strings are UTF-16), an entity of at most
/// 1 MiB and 252 properties of its own, keys of at most 1 KiB without '/', '\', '#', '?' or control characters, and a
/// transaction of at most 100 operations and 4 MiB. Sizes follow the service's formula:
/// 4 + 2 x (key characters) + the sum of 8 + 2 x (name characters) + the value's size, for each property.
/// </summary>
public static class TableLimits
{
    public const int MaxPropertyBytes = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxBatchBytes = 4 * 1024 * 1024;
    public const int MaxBatchOperations = 100;
    public const int MaxProperties = 252;
    public const int MaxKeyBytes = 1024;

    /// <summary>The longest string property, in UTF-16 characters.</summary>
    public const int MaxStringChars = MaxPropertyBytes / 2;

    /// <summary>Makes every write of a table client checked against these limits before it is sent.</summary>
    public static void Apply(Azure.Data.Tables.TableClientOptions options) => TableLimitsPolicy.Apply(options);

    /// <summary>The size of an entity as the service counts it.</summary>
    public static long SizeOf(TableEntity entity) => Measure(entity).Bytes;

    /// <summary>Why <paramref name="entity"/> cannot be stored, or null when it can.</summary>
    public static string? ProblemOf(TableEntity entity) => Measure(entity).Problem;

    /// <summary>
    /// For a transaction of these entities, built by the caller: when every entity fits, they are few enough and their
    /// size leaves room for the payload's encoding (half of <see cref="MaxBatchBytes"/>), a scope in which the
    /// <see cref="TableLimitsPolicy"/> does not parse the request again (a 98-line ledger chunk is about 2 MB of JSON);
    /// otherwise null, and the policy checks the request as it checks every other.
    /// </summary>
    public static IDisposable? MeasuredTransaction(IReadOnlyCollection<TableEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count > MaxBatchOperations)
        {
            return null;
        }

        long bytes = 0;
        foreach (var entity in entities)
        {
            var size = Measure(entity);
            if (size.Problem is not null)
            {
                return null;
            }

            bytes += size.Bytes;
        }

        return bytes <= MaxBatchBytes / 2 ? TableLimitsPolicy.Measured() : null;
    }

    private static EntitySize Measure(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var size = new EntitySize();
        size.Keys(entity.PartitionKey ?? string.Empty, entity.RowKey ?? string.Empty);
        foreach (var (name, value) in entity)
        {
            if (name is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            {
                size.Property(name, ValueSize(value));
            }
        }

        return size;
    }

    internal static long ValueSize(object? value) => value switch
    {
        null => 0,
        string s => 4 + (2L * s.Length),
        byte[] b => 4 + b.Length,
        BinaryData d => 4 + d.ToMemory().Length,
        bool => 1,
        int => 4,
        long or double or DateTime or DateTimeOffset => 8,
        Guid => 16,
        _ => 8,
    };

    /// <summary>A key the service refuses: too long, or with '/', '\', '#', '?' or a control character.</summary>
    internal static bool IsBadKey(string key) =>
        2L * key.Length > MaxKeyBytes || key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}

/// <summary>Adds up one entity's size and notes the first limit it breaks (names of properties only, never values).</summary>
internal sealed class EntitySize
{
    private int properties;

    public long Bytes { get; private set; } = 4;

    public string? Problem { get; private set; }

    public void Keys(string partitionKey, string rowKey)
    {
        Bytes += 2L * (partitionKey.Length + rowKey.Length);
        if (TableLimits.IsBadKey(partitionKey) || TableLimits.IsBadKey(rowKey))
        {
            Problem ??= "a key is longer than 1 KiB or holds '/', '\\', '#', '?' or a control character";
        }
    }

    public void Property(string name, long valueBytes)
    {
        properties++;
        Bytes += 8 + (2L * name.Length) + valueBytes;
        if (valueBytes > TableLimits.MaxPropertyBytes + 4)
        {
            Problem ??= $"property {name} holds {valueBytes - 4} bytes (at most {TableLimits.MaxPropertyBytes})";
        }

        if (properties > TableLimits.MaxProperties)
        {
            Problem ??= $"it has more than {TableLimits.MaxProperties} properties";
        }

        if (Bytes > TableLimits.MaxEntityBytes)
        {
            Problem ??= $"the entity holds more than {TableLimits.MaxEntityBytes} bytes";
        }
    }
}
