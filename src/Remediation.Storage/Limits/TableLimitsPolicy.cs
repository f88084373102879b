using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Remediation.Domain;

namespace Remediation.Storage.Limits;

/// <summary>
/// Checks every entity a table request would write (inserts, updates, merges, and each operation of a transaction)
/// against <see cref="TableLimits"/> before the request leaves the process, and refuses it with
/// <see cref="StorageLimitExceededException"/>: a write that Azure would refuse is refused here too, even where
/// Azurite would take it. The message names the table and property, never a key or a value (they may hold worker
/// references).
/// </summary>
internal sealed class TableLimitsPolicy : HttpPipelineSynchronousPolicy
{
    private const string MeasuredProperty = "Remediation.TableLimits.Measured";

    public static void Apply(ClientOptions options) => options.AddPolicy(new TableLimitsPolicy(), HttpPipelinePosition.PerCall);

    /// <summary>Requests sent within this scope carry entities their sender measured already: they are not parsed again.</summary>
    public static IDisposable Measured() =>
        HttpPipeline.CreateHttpMessagePropertiesScope(new Dictionary<string, object?> { [MeasuredProperty] = true });

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Request.Content is not { } content
            || message.Request.Method == RequestMethod.Get
            || (message.TryGetProperty(MeasuredProperty, out var measured) && measured is true))
        {
            return;
        }

        using var buffer = new MemoryStream();
        content.WriteTo(buffer, message.CancellationToken);
        var table = TableOf(message.Request.Uri.Path);
        if (message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            CheckBatch(table, buffer);
        }
        else
        {
            Check(table, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
    }

    private static void CheckBatch(string table, MemoryStream buffer)
    {
        if (buffer.Length > TableLimits.MaxBatchBytes)
        {
            throw Refuse(table, $"the transaction holds {buffer.Length} bytes (at most {TableLimits.MaxBatchBytes})");
        }

        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var operations = 0;
        foreach (var part in text.Split("--changeset_", StringSplitOptions.None).Skip(1))
        {
            var mimeHeaders = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var httpHeaders = mimeHeaders < 0 ? -1 : part.IndexOf("\r\n\r\n", mimeHeaders + 4, StringComparison.Ordinal);
            if (httpHeaders < 0)
            {
                continue;
            }

            operations++;
            var requestLine = part[(mimeHeaders + 4)..].Split("\r\n", 2)[0].Split(' ');
            table = requestLine.Length > 1 && Uri.TryCreate(requestLine[1], UriKind.Absolute, out var uri) ? TableOf(uri.AbsolutePath) : table;
            var body = part[(httpHeaders + 4)..].Trim();
            if (body.StartsWith('{'))
            {
                Check(table, Encoding.UTF8.GetBytes(body));
            }
        }

        if (operations > TableLimits.MaxBatchOperations)
        {
            throw Refuse(table, $"the transaction holds {operations} operations (at most {TableLimits.MaxBatchOperations})");
        }
    }

    private static void Check(string table, ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty || json[0] != (byte)'{')
        {
            return;
        }

        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        var size = new EntitySize();
        size.Keys(KeyOf(root, "PartitionKey"), KeyOf(root, "RowKey"));
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name;
            if (name is "PartitionKey" or "RowKey" or "Timestamp"
                || name.StartsWith("odata.", StringComparison.Ordinal)
                || name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            var type = root.TryGetProperty(name + "@odata.type", out var annotation) ? annotation.GetString() : null;
            size.Property(name, ValueSize(property.Value, type));
        }

        if (size.Problem is { } problem)
        {
            throw Refuse(table, problem);
        }
    }

    private static long ValueSize(JsonElement value, string? type) => (value.ValueKind, type) switch
    {
        (JsonValueKind.Null, _) => 0,
        (_, "Edm.Binary") => 4 + ((value.GetString()?.Length ?? 0) * 3L / 4),
        (_, "Edm.Int64" or "Edm.DateTime" or "Edm.Double") => 8,
        (_, "Edm.Guid") => 16,
        (JsonValueKind.String, _) => 4 + (2L * value.GetString()!.Length),
        (JsonValueKind.True or JsonValueKind.False, _) => 1,
        (JsonValueKind.Number, _) => value.TryGetInt32(out _) ? 4 : 8,
        _ => 8,
    };

    private static string KeyOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out var key) && key.ValueKind == JsonValueKind.String ? key.GetString()! : string.Empty;

    /// <summary>"/devstoreaccount1/tcases(...)" or "/tcases" to "tcases".</summary>
    private static string TableOf(string path)
    {
        var last = path.TrimEnd('/').Split('/').LastOrDefault(s => s.Length > 0 && s != "$batch") ?? string.Empty;
        var paren = last.IndexOf('(', StringComparison.Ordinal);
        return paren >= 0 ? last[..paren] : last;
    }

    private static StorageLimitExceededException Refuse(string table, string problem) =>
        new($"A write to table '{table}' exceeds Azure Table Storage's limits: {problem}. Nothing was written.");
}
