using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Tests.Builders;
using Remediation.Storage;

namespace Remediation.Api.Tests.Security;

/// <summary>
/// Someone who can write the tables, but does not hold the server's key, edits a timeline entry and recomputes the
/// chain after it as plain SHA-256 (the algorithm is no secret), head included. The verification must report it.
/// </summary>
public class TimelineForgeryTests
{
    [Fact]
    public async Task An_entry_edited_and_rechained_by_a_storage_writer_is_reported_by_the_verification()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = await server.OpenAsync("FORGE-1");
        foreach (var text in new[] { "First interview round.", "Second interview round." })
        {
            (await partner.SendAsync(Requests.Waiting($"cases/{caseId}/notes", new { text }))).EnsureSuccessStatusCode();
        }

        var table = server.Services.GetRequiredService<RemediationTables>().Timeline;
        var rows = table.Query<TableEntity>(e => e.PartitionKey == caseId)
            .Where(e => e.RowKey.StartsWith("e|", StringComparison.Ordinal)).OrderBy(e => e.RowKey, StringComparer.Ordinal).ToList();
        var previous = rows[0].GetString("Hash");
        foreach (var row in rows.Skip(1))
        {
            if (row.GetString("Description")!.Contains("First interview", StringComparison.Ordinal))
            {
                row["Description"] = "Note added by the partner: nothing was found.";
            }

            row["PreviousHash"] = previous;
            row["Hash"] = previous = PlainChainHash(row, previous);
            await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);
        }

        var head = table.GetEntity<TableEntity>(caseId, "head").Value;
        head["Hash"] = previous;
        await table.UpdateEntityAsync(head, ETag.All, TableUpdateMode.Replace);

        var verification = await partner.GetFromJsonAsync<JsonElement>($"cases/{caseId}/timeline/verify");

        Assert.False(verification.GetProperty("intact").GetBoolean());
    }

    /// <summary>SHA-256 over the previous hash and the length-prefixed content: the chain as an unkeyed forger computes it.</summary>
    private static string PlainChainHash(TableEntity row, string previousHash)
    {
        string[] fields =
        [
            row.GetInt64("Sequence")!.Value.ToString(CultureInfo.InvariantCulture), previousHash,
            row.GetDateTimeOffset("At")!.Value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), row.GetString("ActorRole"),
            row.GetString("ActorPartyId") ?? string.Empty, row.GetString("Kind"), row.GetString("Description"),
        ];
        var canonical = string.Concat(fields.Select(f => $"{f.Length.ToString(CultureInfo.InvariantCulture)}:{f};"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
