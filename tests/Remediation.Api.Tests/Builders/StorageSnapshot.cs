using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Storage;

namespace Remediation.Api.Tests.Builders;

/// <summary>Every row of every table and every blob of every container of the product, to prove a request changed nothing.</summary>
internal static class StorageSnapshot
{
    /// <summary>A snapshot once the writes that follow the last command (notifications, deliveries) have settled: two alike in a row.</summary>
    public static async Task<IReadOnlyList<string>> QuietAsync(ApiServer server)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        var previous = await TakeAsync(server);
        while (true)
        {
            await Task.Delay(100);
            var current = await TakeAsync(server);
            if (current.SequenceEqual(previous) || DateTime.UtcNow > until)
            {
                return current;
            }

            previous = current;
        }
    }

    public static async Task<IReadOnlyList<string>> TakeAsync(ApiServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var rows = new List<string>();
        foreach (var table in server.Services.GetRequiredService<RemediationTables>().All)
        {
            await foreach (var row in table.QueryAsync<TableEntity>())
            {
                rows.Add($"{table.Name}|{row.PartitionKey}|{row.RowKey}|{row.ETag}");
            }
        }

        foreach (var container in server.Services.GetRequiredService<RemediationBlobs>().All)
        {
            await foreach (var blob in container.GetBlobsAsync())
            {
                rows.Add($"{container.Name}|{blob.Name}|{blob.Properties.ETag}");
            }
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }
}
