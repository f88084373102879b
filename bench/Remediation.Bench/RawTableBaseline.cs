using System.Diagnostics;
using Azure.Data.Tables;

namespace Remediation.Bench;

/// <summary>The floor under every figure: plain entity upserts and 100-entity transactions on the same Azurite.</summary>
internal static class RawTableBaseline
{
    public static async Task<IReadOnlyDictionary<string, double>> RunAsync(TableClient table)
    {
        const int Upserts = 2000;
        var sequential = Stopwatch.StartNew();
        for (var i = 0; i < Upserts; i++)
        {
            await table.UpsertEntityAsync(new TableEntity("raw", $"r{i:D6}") { ["Doc"] = new string('x', 600) });
        }

        sequential.Stop();

        const int Batched = 10_000;
        var batched = Stopwatch.StartNew();
        foreach (var chunk in Enumerable.Range(0, Batched).Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("batch", $"b{i:D6}") { ["Doc"] = new string('x', 600) })));
        }

        batched.Stop();
        return new Dictionary<string, double>
        {
            ["raw upserts/s (sequential)"] = Upserts / sequential.Elapsed.TotalSeconds,
            ["raw entities/s (100-entity transactions)"] = Batched / batched.Elapsed.TotalSeconds,
        };
    }

    /// <summary>
    /// Seconds to write <paramref name="entities"/> ledger-sized entities in 100-entity transactions in one partition,
    /// one transaction at a time: the least storage work a case of that many line writes can cost.
    /// </summary>
    public static async Task<double> TransactionalWritesAsync(TableClient table, int entities)
    {
        var clock = Stopwatch.StartNew();
        foreach (var chunk in Enumerable.Range(0, entities).Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("scale", $"line|W-{i:D7}") { ["Doc"] = new string('x', 600) })));
        }

        return clock.Elapsed.TotalSeconds;
    }
}
