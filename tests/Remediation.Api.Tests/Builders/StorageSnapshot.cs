using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Storage;

namespace Remediation.Api.Tests.Builders;

/// <summary>Every row of every table and every blob of every container of the product, to prove a request changed nothing.</summary>
internal static class StorageSnapshot
{
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
