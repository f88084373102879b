using System.Globalization;
using Remediation.Bench;
using Remediation.Storage;
using Remediation.Storage.Development;

// Runs each benchmark several times against a fresh Azurite (data on disk, as the standalone server keeps it) and
// prints a Markdown table: every run, then the median.
var runs = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 3;
await using var azurite = await AzuriteEmulator.StartAsync(new AzuriteOptions());
var results = new List<IReadOnlyDictionary<string, double>>();
for (var run = 1; run <= runs; run++)
{
    var tables = new RemediationTables(azurite.ConnectionString, $"bench{run}");
    await tables.EnsureCreatedAsync();
    var figures = new Dictionary<string, double>();
    foreach (var (name, value) in await RawTableBaseline.RunAsync(tables.Cases))
    {
        figures[name] = value;
    }

    foreach (var (name, value) in await CalCompLedger.RunAsync(tables))
    {
        figures[name] = value;
    }

    figures["ledger lines written/s"] = CalCompLedger.Workers / figures["write 10,570 lines (s)"];
    figures["ratio: ledger lines/s to raw batched entities/s"] = figures["ledger lines written/s"] / figures["raw entities/s (100-entity transactions)"];
    results.Add(figures);
    Console.Error.WriteLine($"run {run} done");
}

Console.WriteLine($"| figure | {string.Join(" | ", Enumerable.Range(1, runs).Select(r => $"run {r}"))} | median |");
Console.WriteLine($"|---|{string.Concat(Enumerable.Repeat("---|", runs))}---|");
foreach (var name in results[0].Keys)
{
    var values = results.Select(r => r[name]).ToList();
    var median = values.Order().ElementAt(values.Count / 2);
    Console.WriteLine($"| {name} | {string.Join(" | ", values.Select(Format))} | {Format(median)} |");
}

static string Format(double value) => value.ToString(value >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture);
