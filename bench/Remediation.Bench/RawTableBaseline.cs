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
    /// How Azurite's insert speed follows the size of the table: 100-entity transactions, two at a time, measured on
    /// 5,000 entities after each 50,000 more. Azurite keeps a table in one Loki collection whose two key indexes are
    /// sorted arrays, so each insert shifts them: the larger the table, the slower every insert, whichever case or
    /// partition it belongs to.
    /// </summary>
    public static async Task<IReadOnlyList<(int Rows, double EntitiesPerSecond)>> GrowthAsync(TableClient table, int steps = 6)
    {
        var results = new List<(int, double)>();
        var rows = 0;
        async Task<double> InsertAsync(string tag, int transactions)
        {
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, transactions), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, token) =>
                await table.SubmitTransactionAsync(
                    Enumerable.Range(0, 100).Select(j => new TableTransactionAction(
                        TableTransactionActionType.Add, new TableEntity("p", $"{tag}|{i:D6}|{j:D3}") { ["Doc"] = new string('x', 400) })),
                    token));
            rows += transactions * 100;
            return transactions * 100 / clock.Elapsed.TotalSeconds;
        }

        for (var step = 0; step <= steps; step++)
        {
            var at = rows;
            results.Add((at, await InsertAsync($"m{step}", 50)));
            if (step < steps)
            {
                await InsertAsync($"fill{step}", 500);
            }
        }

        return results;
    }

    /// <summary>
    /// The same entity writes a case of <paramref name="workers"/> makes, done directly in 100-entity transactions in
    /// one partition: every line inserted, then replaced twice (findings, payments), then a tenth replaced once more
    /// (receipts). Returns the seconds of each pass: the least storage work such a case can cost on this storage.
    /// </summary>
    public static async Task<IReadOnlyList<(string Pass, double Seconds)>> SameWritesAsync(TableClient table, int workers)
    {
        var passes = new List<(string, double)>();
        foreach (var (pass, share, kind) in new[]
                 {
                     ("insert every line", 1, TableTransactionActionType.Add),
                     ("replace every line (findings)", 1, TableTransactionActionType.UpdateReplace),
                     ("replace every line (payments)", 1, TableTransactionActionType.UpdateReplace),
                     ("replace every tenth line (receipts)", 10, TableTransactionActionType.UpdateReplace),
                 })
        {
            var clock = Stopwatch.StartNew();
            foreach (var chunk in Enumerable.Range(0, workers).Where(i => i % share == 0).Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk.Select(i => kind == TableTransactionActionType.Add
                    ? new TableTransactionAction(kind, Line(i, pass))
                    : new TableTransactionAction(kind, Line(i, pass), Azure.ETag.All)));
            }

            passes.Add((pass, clock.Elapsed.TotalSeconds));
        }

        return passes;
    }

    private static TableEntity Line(int i, string pass) => new("scale", $"line|W-{i:D7}") { ["Doc"] = new string('x', 600), ["Pass"] = pass };
}
