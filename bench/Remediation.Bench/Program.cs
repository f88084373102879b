using System.Globalization;
using Remediation.Bench;
using Remediation.Storage;
using Remediation.Development;

// Benchmarks against a fresh Azurite (data on disk, as the standalone server keeps it). Modes: "ledger" (the
// storage layer at Cal-Comp scale, three runs), "server" (the standalone server over HTTP, with its baselines
// measured in the same run), or both (default). Prints Markdown tables for docs/benchmarks.md.
// BENCH_AZURITE=memory keeps Azurite's data in memory: on disk, Azurite writes its whole table database to a file every
// 5 s while anything changed, a cost that grows with everything stored and that Azure Table Storage does not have.
var mode = args.FirstOrDefault() ?? "all";
var inMemory = Environment.GetEnvironmentVariable("BENCH_AZURITE") == "memory";
await using var azurite = await AzuriteEmulator.StartAsync(new AzuriteOptions { InMemory = inMemory });

if (mode is "ledger" or "all")
{
    await LedgerRunsAsync(azurite.ConnectionString, 3);
}

if (mode == "steps")
{
    // One case at a time, each command's latency printed: for looking into slow steps.
    await using var server = await ServerUnderTest.StartAsync(azurite.ConnectionString);
    var steps = new ServerBench(server);
    for (var i = 0; i < 3; i++)
    {
        await steps.LifecycleAsync(1);
    }
}

if (mode is "server" or "all")
{
    await ServerRunAsync(azurite.ConnectionString);
}

if (mode is "console" or "all")
{
    await using var server = await ServerUnderTest.StartAsync(azurite.ConnectionString);
    var rows = await ConsoleBench.RunAsync(server, new ServerBench(server));
    Console.WriteLine("| figure | value |");
    Console.WriteLine("|---|---|");
    foreach (var (figure, value) in rows)
    {
        Console.WriteLine($"| {figure} | {value} |");
    }
}

if (mode == "scale")
{
    // "-- scale" sends each batch once the one before it shows; "-- scale back-to-back" as a script would, at once.
    var workers = int.TryParse(Environment.GetEnvironmentVariable("BENCH_SCALE_WORKERS"), out var w) ? w : 100_000;
    await ScaleRunAsync(azurite.ConnectionString, args.Skip(1).FirstOrDefault() == "back-to-back", workers, inMemory);
}

if (mode == "table-growth")
{
    // Azurite's insert speed as one table grows (docs/benchmarks.md, issue 18).
    var tables = new RemediationTables(azurite.ConnectionString, "benchgrowth");
    await tables.EnsureCreatedAsync();
    Console.WriteLine("| rows in the table before | entities/s inserted (100-entity transactions, 2 at a time) |");
    Console.WriteLine("|---|---|");
    foreach (var (rows, rate) in await RawTableBaseline.GrowthAsync(tables.Cases))
    {
        Console.WriteLine($"| {rows:N0} | {Format(rate)} |");
    }
}

if (mode == "confirmations")
{
    // The worker page's own limits are for one phone or office; the bench answers for a thousand workers from one address.
    await using var server = await ServerUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string>
    {
        ["Remediation__WorkerPage__TriesPerHourPerAddress"] = "1000000", ["Remediation__WorkerPage__WrongCodesPerHourPerAddress"] = "1000000",
    });
    var answers = int.TryParse(Environment.GetEnvironmentVariable("BENCH_ANSWERS"), out var n) ? n : 1000;
    Console.WriteLine("| figure | value |");
    Console.WriteLine("|---|---|");
    foreach (var (figure, value) in await ConfirmationBench.RunAsync(server, new ServerBench(server), answers))
    {
        Console.WriteLine($"| {figure} | {value} |");
    }
}

if (mode == "sign-in")
{
    // What OpenID Connect costs per request against API keys, and the sign-in itself (docs/benchmarks.md, issue 20).
    var requests = int.TryParse(Environment.GetEnvironmentVariable("BENCH_REQUESTS"), out var r) ? r : 2000;
    Console.WriteLine("| figure | value |");
    Console.WriteLine("|---|---|");
    foreach (var (figure, value) in await SignInBench.RunAsync(azurite.ConnectionString, requests))
    {
        Console.WriteLine($"| {figure} | {value} |");
    }
}

if (mode == "reports")
{
    // The dashboard, supplier pages, the risk view and public reports with 10,000 cases (docs/benchmarks.md, issue 21).
    var cases = int.TryParse(Environment.GetEnvironmentVariable("BENCH_CASES"), out var c) ? c : 10_000;
    var suppliers = int.TryParse(Environment.GetEnvironmentVariable("BENCH_SUPPLIERS"), out var s) ? s : 100;
    // BENCH_LOAD=facts writes the cases' report facts through the projection instead of the API (ReportsSeededBench).
    var (latencies, setup) = Environment.GetEnvironmentVariable("BENCH_LOAD") == "facts"
        ? await ReportsSeededBench.RunAsync(azurite.ConnectionString, cases, suppliers)
        : await ReportsBench.RunAsync(azurite.ConnectionString, cases, suppliers);
    Console.WriteLine("| figure | p50 ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("|---|---|---|---|---|");
    foreach (var (figure, ms) in latencies)
    {
        var (p50, p95, p99) = (Percentiles.Of(ms, 50), Percentiles.Of(ms, 95), Percentiles.Of(ms, 99));
        Console.WriteLine($"| {figure} | {Format(p50)} | {Format(p95)} | {Format(p99)} | {Format(ms.Max())} |");
    }

    Console.WriteLine();
    Console.WriteLine("| setup | value |");
    Console.WriteLine("|---|---|");
    foreach (var (figure, value) in setup)
    {
        Console.WriteLine($"| {figure} | {value} |");
    }
}

if (mode == "redraw-sample")
{
    // Draws a case's verification sample again from its seed and ledger on a running server: api address, case, key.
    using var client = new HttpClient { BaseAddress = new Uri(args[1]) };
    client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", args[3]);
    var (same, size, strata, sample) = await SampleRedraw.RunAsync(client, args[2]);
    foreach (var line in SampleRedraw.Table(sample))
    {
        Console.WriteLine(line);
    }

    Console.WriteLine($"{size} workers in {strata} strata, seed {sample.GetProperty("seed").GetString()}: {(same ? "the published sample" : "NOT the published sample")}");
    Environment.ExitCode = same ? 0 : 1;
}

if (mode == "lifecycle")
{
    await LifecycleRunAsync(azurite.ConnectionString);
}

if (mode == "engines")
{
    await EngineRunAsync(azurite.ConnectionString);
}

if (mode is "notifications" or "all")
{
    await NotificationRunAsync(azurite.ConnectionString);
}

static async Task NotificationRunAsync(string connectionString)
{
    var tables = new RemediationTables(connectionString, "benchnraw");
    await tables.EnsureCreatedAsync();
    var upserts = (await RawTableBaseline.RunAsync(tables.Cases))["raw upserts/s (sequential)"];
    var orchestrations = await Remediation.Bench.Engines.OrchestrationBaseline.InProcessAsync(connectionString, 200);
    Console.Error.WriteLine("baselines done");
    var rows = await NotificationBench.RunAsync(connectionString, orchestrations);
    Console.WriteLine("| figure | value |");
    Console.WriteLine("|---|---|");
    Console.WriteLine($"| baseline: raw Azurite upserts/s (sequential, 600-byte entities) | {Format(upserts)} |");
    Console.WriteLine($"| baseline: 3-activity orchestrations/s (200 at once, same engine and backend) | {Format(orchestrations)} |");
    foreach (var (figure, value) in rows)
    {
        Console.WriteLine($"| {figure} | {value} |");
    }
}

static async Task LedgerRunsAsync(string connectionString, int runs)
{
    var results = new List<IReadOnlyDictionary<string, double>>();
    for (var run = 1; run <= runs; run++)
    {
        var tables = new RemediationTables(connectionString, $"bench{run}");
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
        Console.Error.WriteLine($"ledger run {run} done");
    }

    Console.WriteLine($"| figure | {string.Join(" | ", Enumerable.Range(1, runs).Select(r => $"run {r}"))} | median |");
    Console.WriteLine($"|---|{string.Concat(Enumerable.Repeat("---|", runs))}---|");
    foreach (var name in results[0].Keys)
    {
        var values = results.Select(r => r[name]).ToList();
        Console.WriteLine($"| {name} | {string.Join(" | ", values.Select(Format))} | {Format(values.Order().ElementAt(values.Count / 2))} |");
    }

    Console.WriteLine();
}

static async Task ScaleRunAsync(string connectionString, bool backToBack, int workers, bool inMemory)
{
    await using var server = await ServerUnderTest.StartAsync(connectionString,
        new Dictionary<string, string> { ["Logging__LogLevel__Remediation.Workflows.Handling.InboxDrain"] = "Debug" });
    var scale = new ScaleBench(server, backToBack, workers);
    var rows = await scale.RunAsync();
    var peak = server.PeakMemoryMegabytes();
    // BENCH_SCALE_BASELINE=none skips the raw baseline (at 100,000 workers it takes about ten minutes): for trying changes only.
    IReadOnlyList<(string Pass, double Seconds)> raw = [];
    if (Environment.GetEnvironmentVariable("BENCH_SCALE_BASELINE") != "none")
    {
        Console.Error.WriteLine("scale case done; measuring the raw baseline");
        var tables = new RemediationTables(connectionString, "benchscaleraw");
        await tables.EnsureCreatedAsync();
        raw = await RawTableBaseline.SameWritesAsync(tables.Cases, scale.Workers);
    }

    Console.WriteLine("| figure | value |");
    Console.WriteLine("|---|---|");
    foreach (var (figure, value) in rows)
    {
        Console.WriteLine($"| {figure} | {value} |");
    }

    Console.WriteLine($"| mode | {(backToBack ? "back to back (each batch sent once the one before was accepted)" : "one at a time (each batch sent once the one before shows)")} |");
    Console.WriteLine($"| Azurite's data | {(inMemory ? "in memory (BENCH_AZURITE=memory)" : "on disk, the whole database written every 5 s")} |");
    Console.WriteLine($"| server peak memory (VmHWM, MB) | {Format(peak)} |");
    Console.WriteLine($"| engine warnings: partition table operation exceeded its 2-second timeout | {ServerUnderTest.EngineTimeouts} |");
    foreach (var (pass, seconds) in raw)
    {
        Console.WriteLine($"| baseline, same Azurite: {pass}, 100-entity transactions (s) | {Format(seconds)} |");
    }

    if (raw.Count > 0)
    {
        Console.WriteLine($"| baseline, same Azurite: all {scale.EntityWrites:N0} entity writes (s) | {Format(raw.Sum(r => r.Seconds))} |");
    }
}

static async Task LifecycleRunAsync(string connectionString)
{
    // The lifecycle alone, with its orchestration baseline: 1 and 20 cases at once through all 10 commands.
    var orchestrations = await Remediation.Bench.Engines.OrchestrationBaseline.InProcessAsync(connectionString, 200);
    // The drain's debug log says, per command, how long it waited for the engine and how long applying it took.
    await using var server = await ServerUnderTest.StartAsync(connectionString,
        new Dictionary<string, string> { ["Logging__LogLevel__Remediation.Workflows.Handling.InboxDrain"] = "Debug" });
    var bench = new ServerBench(server);
    await bench.IntakeAsync(2, 5); // warm-up
    Console.WriteLine("| figure | value | ratio to baseline |");
    Console.WriteLine("|---|---|---|");
    Console.WriteLine($"| baseline: 3-activity orchestrations/s (200 at once, in process) | {Format(orchestrations)} | 1 |");
    foreach (var cases in new[] { 1, 20 })
    {
        server.CommandTimes.Clear();
        var (casesPerSecond, visibleP95, visibleP50) = await bench.LifecycleAsync(cases);
        var waited = server.CommandTimes.Select(t => t.Waited).ToList();
        var applied = server.CommandTimes.Select(t => t.Applied).ToList();
        Console.WriteLine($"| lifecycle, {cases} at once: cases through all 10 commands per second | {Format(casesPerSecond)} | {casesPerSecond / orchestrations:F3} |");
        Console.WriteLine($"| lifecycle, {cases} at once: command sent -> visible on GET, p50 / p95 ms | {Format(visibleP50)} / {Format(visibleP95)} | |");
        Console.WriteLine($"| ... sent -> its outcome answered (Prefer: wait), p50 / p95 ms | {Span(bench.Answered)} | |");
        Console.WriteLine($"| ... accepted -> the engine runs its drain, p50 / p95 ms | {Span(waited)} | |");
        Console.WriteLine($"| ... applying it (in the drain activity), p50 / p95 ms | {Span(applied)} | |");
    }

    static string Span(List<double> values) =>
        values.Count == 0 ? "n/a" : $"{Format(Percentiles.Of(values, 50))} / {Format(Percentiles.Of(values, 95))}";
}

static async Task EngineRunAsync(string connectionString)
{
    // Both wirings on one Azurite, alternating, for the record; then the in-process engine's two knobs.
    var rows = new List<(string, double)>();
    for (var run = 1; run <= 2; run++)
    {
        rows.Add(($"run {run}: gRPC sidecar (InProcessTestHost), 4 partitions", await Remediation.Bench.Engines.OrchestrationBaseline.SidecarAsync(connectionString, 200)));
        rows.Add(($"run {run}: in process, 4 partitions, extended sessions", await Remediation.Bench.Engines.OrchestrationBaseline.InProcessAsync(connectionString, 200)));
        rows.Add(($"run {run}: in process, 4 partitions, no extended sessions", await Remediation.Bench.Engines.OrchestrationBaseline.InProcessAsync(connectionString, 200, extendedSessions: false)));
        rows.Add(($"run {run}: in process, 2 partitions, extended sessions", await Remediation.Bench.Engines.OrchestrationBaseline.InProcessAsync(connectionString, 200, partitions: 2)));
    }

    Console.WriteLine("| engine (200 three-activity orchestrations at once) | orchestrations/s |");
    Console.WriteLine("|---|---|");
    foreach (var (figure, value) in rows)
    {
        Console.WriteLine($"| {figure} | {Format(value)} |");
    }
}

static async Task ServerRunAsync(string connectionString)
{
    var tables = new RemediationTables(connectionString, "benchraw");
    await tables.EnsureCreatedAsync();
    var raw = await RawTableBaseline.RunAsync(tables.Cases);
    var upserts = raw["raw upserts/s (sequential)"];
    Console.Error.WriteLine("raw baseline done");
    var orchestrations = await Remediation.Bench.Engines.OrchestrationBaseline.InProcessAsync(connectionString, 200);
    Console.Error.WriteLine("orchestration baseline done");

    await using var server = await ServerUnderTest.StartAsync(connectionString);
    var bench = new ServerBench(server);
    await bench.IntakeAsync(2, 5); // warm-up
    var rows = new List<(string Figure, string Value, string Ratio)>
    {
        ("baseline: raw Azurite upserts/s (sequential, 600-byte entities)", Format(upserts), "1"),
        ("baseline: 3-activity orchestrations/s (200 at once, same engine and backend)", Format(orchestrations), "1"),
    };
    foreach (var (clients, perClient) in new[] { (1, 40), (8, 10), (32, 5) })
    {
        var (perSecond, p50, p95) = await bench.IntakeAsync(clients, perClient);
        rows.Add(($"intake, {clients} clients: cases/s", Format(perSecond), $"{perSecond / upserts:F3} of raw upserts/s"));
        rows.Add(($"intake, {clients} clients: p50 / p95 ms", $"{Format(p50)} / {Format(p95)}", string.Empty));
        Console.Error.WriteLine($"intake with {clients} clients done");
    }

    foreach (var cases in new[] { 1, 20 })
    {
        var (casesPerSecond, visibleP95, visibleP50) = await bench.LifecycleAsync(cases);
        rows.Add(($"lifecycle, {cases} at once: cases through all 10 commands per second", Format(casesPerSecond), $"{casesPerSecond / orchestrations:F3} of 3-activity orchestrations/s"));
        rows.Add(($"lifecycle, {cases} at once: command accepted -> visible on GET, p50 / p95 ms", $"{Format(visibleP50)} / {Format(visibleP95)}", string.Empty));
        Console.Error.WriteLine($"lifecycle with {cases} done");
    }
    var (getP50, getP99, listP50, listP99) = await bench.ReadsAsync(1000);
    rows.Add(("GET /cases/{id}: p50 / p99 ms", $"{Format(getP50)} / {Format(getP99)}", string.Empty));
    rows.Add(("GET /cases?stage=...&minEscalationLevel=...: p50 / p99 ms", $"{Format(listP50)} / {Format(listP99)}", string.Empty));
    Console.Error.WriteLine("reads done");
    var (ingest, payments) = await bench.CalCompAsync();
    rows.Add(("Cal-Comp case: ingest 10,570 workers (s)", Format(ingest), $"{10570 / ingest / upserts:F2} of raw upserts/s"));
    rows.Add(("Cal-Comp case: record 10,570 payments until Verification (s)", Format(payments), string.Empty));

    Console.WriteLine("| figure | value | ratio to baseline |");
    Console.WriteLine("|---|---|---|");
    foreach (var (figure, value, ratio) in rows)
    {
        Console.WriteLine($"| {figure} | {value} | {ratio} |");
    }
}

static string Format(double value) => value.ToString(value >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture);
