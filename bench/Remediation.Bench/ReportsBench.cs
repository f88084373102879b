using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Remediation.Storage;

namespace Remediation.Bench;

/// <summary>
/// Issue 21: the dashboard, a supplier page, the risk view, a public report and an evidence pack with many cases
/// (BENCH_CASES, default 10,000, over BENCH_SUPPLIERS suppliers, default 100), built through the API, beside the same
/// run's baselines: one raw Table Storage point read on the same Azurite and the server's cheapest answers over HTTP.
/// </summary>
internal static class ReportsBench
{
    private static readonly int Parallelism = int.TryParse(Environment.GetEnvironmentVariable("BENCH_PARALLEL"), out var p) ? p : 8;

    /// <summary>Intake stops sending new cases after this many minutes (BENCH_CREATE_MINUTES): the run then measures what it has.</summary>
    private static readonly TimeSpan CreateLimit =
        TimeSpan.FromMinutes(int.TryParse(Environment.GetEnvironmentVariable("BENCH_CREATE_MINUTES"), out var m) ? m : 60);
    private static readonly string[] Indicators = ["debt_bondage"];

    public static async Task<(IReadOnlyList<(string Figure, IReadOnlyList<double> Ms)> Latencies, IReadOnlyList<(string Figure, string Value)> Setup)>
        RunAsync(string connectionString, int cases, int suppliers)
    {
        var setup = new List<(string, string)>();

        // Azurite keeps every queue message in one collection and, on each poll of any queue, re-sorts its indexes over
        // all of them (an empty "remove expired" marks them dirty; profiled, docs/benchmarks.md). Each open case holds a
        // timer message, so every poll costs more as cases are added. Two documented engine settings cut the polls for
        // this run: a longer idle poll, and one control queue (which takes its messages in batches) instead of four.
        var poll = Environment.GetEnvironmentVariable("BENCH_ENGINE_POLL") ?? "00:00:05";
        var partitions = Environment.GetEnvironmentVariable("BENCH_ENGINE_PARTITIONS") ?? "1";
        await using var server = await ServerUnderTest.StartAsync(connectionString, new Dictionary<string, string>
        {
            ["Remediation__Engine__MaxQueuePollingInterval"] = poll, ["Remediation__Engine__PartitionCount"] = partitions,
        });
        setup.Add(("engine's longest idle queue poll (Remediation:Engine:MaxQueuePollingInterval, BENCH_ENGINE_POLL)", poll));
        setup.Add(("engine's control queues (Remediation:Engine:PartitionCount, BENCH_ENGINE_PARTITIONS)", partitions));
        var supplierIds = SupplierIds(suppliers);
        var clock = Stopwatch.StartNew();
        await RegisterAsync(server, supplierIds);
        setup.Add(($"{suppliers} suppliers and their contracts registered (s)", F(clock.Elapsed.TotalSeconds)));

        // Intake, BENCH_PARALLEL at a time, then triage of each (about 5 % rejected), as many at a time; progress every 30 s.
        var ids = new string[cases];
        var created = 0;
        var triaged = 0;
        var errors = 0;
        using var stop = new CancellationTokenSource();
        var progress = ProgressAsync(
            () => $"created {Volatile.Read(ref created)}, triaged {Volatile.Read(ref triaged)}, errors {Volatile.Read(ref errors)}", stop.Token);
        clock.Restart();
        var eight = new ParallelOptions { MaxDegreeOfParallelism = Parallelism };
        await Parallel.ForEachAsync(Enumerable.Range(0, cases), eight, async (i, token) =>
        {
            if (clock.Elapsed > CreateLimit)
            {
                return;
            }

            var supplier = i % suppliers;
            var body = new
            {
                partnerReference = $"BENCH-R{i:D6}",
                factory = new { name = FactoryName(i, suppliers), country = "TH", site = "Phetchaburi" },
                supplierId = supplierIds[supplier],
                summary = "Myanmar workers paid recruitment fees of about 20,000 THB to agents.",
                priority = "standard",
                indicators = Indicators,
                workers = Enumerable.Range(1, 3).Select(w => new
                {
                    @ref = $"W-{w}", nationality = "MM", hiredOn = "2016-03-01", employmentStatus = "current",
                    fees = new[]
                    {
                        new { category = "recruitment_fee", amount = 20000.5m, currency = "THB", paidTo = "agent", paidOn = "2015-12-01" },
                    },
                }),
            };
            var answer = await RetryAsync(() => server.Partner.PostAsJsonAsync("cases", body), () => Interlocked.Increment(ref errors));
            ids[i] = (await answer.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("caseId").GetString()!;
            Interlocked.Increment(ref created);
        });
        var createSeconds = clock.Elapsed.TotalSeconds;
        if (created < cases)
        {
            Console.Error.WriteLine($"Intake stopped at {created} cases after {CreateLimit.TotalMinutes} minutes (BENCH_CREATE_MINUTES).");
            cases = created;
        }

        setup.Add(($"{cases:N0} cases created, {Parallelism} at a time (s; cases/s)", $"{F(createSeconds)}; {F(cases / createSeconds)}"));

        clock.Restart();
        var rejected = 0;
        var made = Enumerable.Range(0, ids.Length).Where(i => ids[i] is not null).ToList();
        await Parallel.ForEachAsync(made, eight, async (i, _) =>
        {
            object body = IsRejected(i)
                ? new { accept = false, reason = "Outside scope." }
                : new { accept = true, supplierId = supplierIds[i % suppliers], contracts = new[] { "CON-" + supplierIds[i % suppliers][4..] } };
            if (IsRejected(i))
            {
                Interlocked.Increment(ref rejected);
            }

            // Prefer: wait, as the typed client sends commands: the request applies its command (202 if not done in 10 s).
            await RetryAsync(() => server.Caseworker.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"cases/{ids[i]}/triage")
            {
                Content = JsonContent.Create(body), Headers = { { "Prefer", "wait=10" } },
            }), () => Interlocked.Increment(ref errors));
            Interlocked.Increment(ref triaged);
        });
        var triageSent = clock.Elapsed.TotalSeconds;
        setup.Add(($"{cases:N0} triages sent ({rejected} rejected), {Parallelism} at a time, Prefer: wait (s; triages/s)",
            $"{F(triageSent)}; {F(cases / triageSent)}"));

        // Until the dashboard counts every case and none is left in Triage.
        var summary = await UntilAsync(async () =>
        {
            var s = await server.Caseworker.GetFromJsonAsync<JsonElement>("reports/summary");
            var inTriage = s.GetProperty("casesByStage").TryGetProperty("Triage", out var t) ? t.GetInt32() : 0;
            return (s.GetProperty("cases").GetInt32() >= cases && inTriage == 0, s);
        }, TimeSpan.FromMinutes(30));
        var visible = clock.Elapsed.TotalSeconds;
        setup.Add(("all triages visible on the dashboard (s from the first sent; triages/s applied)", $"{F(visible)}; {F(cases / visible)}"));
        setup.Add(("dashboard's cases by stage", summary.GetProperty("casesByStage").GetRawText()));

        // The engine starts every case's orchestration behind the API: let it finish before reading (server CPU quiet).
        clock.Restart();
        await UntilAsync(async () =>
        {
            var before = server.CpuSeconds();
            await Task.Delay(TimeSpan.FromSeconds(5));
            return (server.CpuSeconds() - before < 0.5, 0);
        }, TimeSpan.FromMinutes(30));
        setup.Add(("then until the server's CPU was quiet (under 10 % of a core for 5 s) (s)", F(clock.Elapsed.TotalSeconds)));
        await stop.CancelAsync();
        await progress;
        setup.Add(("request errors retried during setup", errors.ToString(CultureInfo.InvariantCulture)));

        var latencies = await MeasureAsync(server, connectionString, supplierIds, cases, setup);
        return (latencies, setup);
    }

    /// <summary>The timed reads, one at a time, beside the same run's baselines; the server's peak memory goes to <paramref name="setup"/>.</summary>
    internal static async Task<List<(string, IReadOnlyList<double>)>> MeasureAsync(
        ServerUnderTest server, string connectionString, IReadOnlyList<string> supplierIds, int cases, List<(string, string)> setup,
        bool evidencePack = true)
    {
        var suppliers = supplierIds.Count;
        var latencies = new List<(string, IReadOnlyList<double>)>();
        var tables = new RemediationTables(connectionString, "benchrepraw");
        await tables.EnsureCreatedAsync();
        await tables.Cases.UpsertEntityAsync(new TableEntity("raw", "r000001") { ["Doc"] = new string('x', 600) });
        latencies.Add(("baseline: raw Table Storage point read, same Azurite (one 600-byte row)",
            await TimeAsync(200, 20, async () => await tables.Cases.GetEntityAsync<TableEntity>("raw", "r000001"))));
        using var anonymous = new HttpClient { BaseAddress = new Uri(server.Address, "/") };
        latencies.Add(("baseline: GET /healthz over HTTP", await TimeAsync(200, 20, () => Get(anonymous, "healthz"))));
        latencies.Add(("baseline: GET /api/v1/me (key read, nothing else)", await TimeAsync(200, 20, () => Get(server.Caseworker, "me"))));
        latencies.Add(("GET /reports/summary (the dashboard)", await TimeAsync(200, 20, () => Get(server.Caseworker, "reports/summary"))));
        var next = 0;
        latencies.Add(($"GET /suppliers/{{id}} (a supplier page, {cases / suppliers} cases each, rotating)",
            await TimeAsync(200, 20, () => Get(server.Caseworker, $"suppliers/{supplierIds[next++ % suppliers]}"))));
        latencies.Add(($"GET /suppliers?sort=-daysLateNow (the risk view, {suppliers} suppliers)",
            await TimeAsync(200, 20, () => Get(server.Caseworker, "suppliers?sort=-daysLateNow"))));

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reportId = string.Empty;
        latencies.Add(("POST /public-reports (prepare, 3 suppliers, reads every case's fact row; 5)", await TimeAsync(5, 0, async () =>
        {
            var body = new { from = "2026-01-01", to = today, suppliers = supplierIds.Take(3) };
            var prepared = await Ok(server.Caseworker.PostAsJsonAsync("public-reports", body), "prepare");
            reportId = (await prepared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        })));
        await Ok(server.Caseworker.PostAsync($"public-reports/{reportId}/release", null), "release");
        latencies.Add(("GET /public/reports/{id} (released, HTML, no key)",
            await TimeAsync(200, 20, () => Get(anonymous, $"public/reports/{reportId}"))));
        if (evidencePack)
        {
            next = 0;
            latencies.Add(($"GET /suppliers/{{id}}/evidence-pack (PDF, verifies each case's timeline; 20)",
                await TimeAsync(20, 2, () => Get(server.Caseworker, $"suppliers/{supplierIds[next++ % suppliers]}/evidence-pack"))));
        }

        setup.Add(("server peak memory (VmHWM, MB)", F(server.PeakMemoryMegabytes())));
        setup.Add(("engine warnings: partition table operation exceeded its 2-second timeout",
            ServerUnderTest.EngineTimeouts.ToString(CultureInfo.InvariantCulture)));
        return latencies;
    }

    /// <summary>Case <paramref name="i"/>'s factory: 2 or 3 per supplier, so a factory has several cases.</summary>
    internal static string FactoryName(int i, int suppliers)
    {
        var supplier = i % suppliers;
        return $"Factory {supplier:D3}-{i / suppliers % (2 + supplier % 2)}";
    }

    /// <summary>Every 20th case is rejected at triage.</summary>
    internal static bool IsRejected(int i) => i % 20 == 7;

    internal static List<string> SupplierIds(int suppliers) => [.. Enumerable.Range(0, suppliers).Select(s => $"SUP-B{s:D3}")];

    /// <summary>The suppliers as parties, each with one contract (buyers repeat every 7 suppliers).</summary>
    internal static async Task RegisterAsync(ServerUnderTest server, IReadOnlyList<string> supplierIds)
    {
        using var admin = server.AdminClient();
        foreach (var id in supplierIds)
        {
            await Ok(admin.PostAsJsonAsync("admin/parties", new { kind = "supplier", id, name = $"Bench supplier {id[5..]}" }), "party");
            await Ok(server.Caseworker.PostAsJsonAsync("contracts", new
            {
                id = "CON-" + id[4..], buyer = $"Buyer {int.Parse(id[5..], CultureInfo.InvariantCulture) % 7}", supplierId = id,
                valueBand = "1m-10m", valueCurrency = "GBP", startsOn = "2025-01-01",
            }), "contract");
        }
    }

    private static async Task<IReadOnlyList<double>> TimeAsync(int requests, int warmUp, Func<Task> request)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await request();
        }

        var ms = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await request();
            ms.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return ms;
    }

    private static async Task Get(HttpClient client, string path)
    {
        using var answer = await client.GetAsync(path);
        await answer.Content.ReadAsByteArrayAsync();
        answer.EnsureSuccessStatusCode();
    }

    private static async Task<HttpResponseMessage> Ok(Task<HttpResponseMessage> sending, string what)
    {
        var answer = await sending;
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        }

        return answer;
    }

    /// <summary>Sends again after a server error or a dropped connection (at most 5 tries), counting each.</summary>
    private static async Task<HttpResponseMessage> RetryAsync(Func<Task<HttpResponseMessage>> send, Action failed)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var answer = await send();
                if ((int)answer.StatusCode < 500 || attempt == 5)
                {
                    return await Ok(Task.FromResult(answer), "command");
                }

                Console.Error.WriteLine($"{(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
            }
            catch (HttpRequestException e) when (attempt < 5)
            {
                Console.Error.WriteLine(e.Message);
            }

            failed();
            await Task.Delay(TimeSpan.FromSeconds(attempt));
        }
    }

    private static async Task<T> UntilAsync<T>(Func<Task<(bool Done, T Value)>> check, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            var (done, value) = await check();
            if (done)
            {
                return value;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("Setup did not finish in time.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static async Task ProgressAsync(Func<string> line, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                Console.Error.WriteLine($"{clock.Elapsed:mm\\:ss} {line()}");
            }
        }
        catch (OperationCanceledException)
        {
            // Setup done.
        }
    }

    internal static string F(double value) => value.ToString(value >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture);
}
