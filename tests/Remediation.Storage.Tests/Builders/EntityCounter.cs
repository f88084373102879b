using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Remediation.Storage.Tests.Builders;

/// <summary>Counts the table entities storage sends back (query pages and point reads): what a store really read.</summary>
internal sealed class EntityCounter : HttpPipelineSynchronousPolicy
{
    private int entities;

    public int Entities => Volatile.Read(ref entities);

    public void Reset() => Interlocked.Exchange(ref entities, 0);

    public override void OnReceivedResponse(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Request.Method != RequestMethod.Get || message.Response.Status != 200 || message.Response.Content is not { } content)
        {
            return;
        }

        using var json = JsonDocument.Parse(content.ToMemory());
        Interlocked.Add(ref entities, json.RootElement.TryGetProperty("value", out var page) && page.ValueKind == JsonValueKind.Array ? page.GetArrayLength() : 1);
    }
}
