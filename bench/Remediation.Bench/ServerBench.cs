using Remediation.Client;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Remediation.Bench;

/// <summary>Figures of the standalone server, over HTTP, as partners, suppliers and caseworkers use it.</summary>
internal sealed class ServerBench(ServerUnderTest server)
{
    private int reference;

    /// <summary>Cases opened per second and the latency of POST /cases, with <paramref name="clients"/> concurrent clients.</summary>
    public async Task<(double PerSecond, double P50, double P95)> IntakeAsync(int clients, int casesPerClient)
    {
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var i = 0; i < casesPerClient; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await OpenAsync(3);
                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }));
        return (clients * casesPerClient / clock.Elapsed.TotalSeconds, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 95));
    }

    /// <summary>Cases driven through every stage per second, and the p95 of "command accepted -> change visible on GET".</summary>
    /// <summary>Milliseconds from sending a command until the API answered its outcome, per command of the last lifecycle run.</summary>
    public List<double> Answered { get; } = [];

    /// <summary>The case the last <see cref="CalCompAsync"/> built (in Verification once it returns).</summary>
    public string? CalCompCaseId { get; private set; }

    public async Task<(double CasesPerSecond, double VisibleP95, double VisibleP50)> LifecycleAsync(int cases)
    {
        var visible = new List<double>();
        Answered.Clear();
        var ids = await Task.WhenAll(Enumerable.Range(0, cases).Select(_ => OpenAsync(3)));
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(ids.Select(id => DriveAsync(id, visible)));
        return (cases / clock.Elapsed.TotalSeconds, Percentiles.Of(visible, 95), Percentiles.Of(visible, 50));
    }

    /// <summary>p50 and p99 of GET /cases/{id} and of a filtered list.</summary>
    public async Task<(double GetP50, double GetP99, double ListP50, double ListP99)> ReadsAsync(int reads)
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => OpenAsync(3)));
        var gets = new List<double>();
        var lists = new List<double>();
        for (var i = 0; i < reads; i++)
        {
            var started = Stopwatch.GetTimestamp();
            (await server.Caseworker.GetAsync($"cases/{ids[i % ids.Length]}")).EnsureSuccessStatusCode();
            gets.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (i % 5 == 0)
            {
                started = Stopwatch.GetTimestamp();
                (await server.Caseworker.GetAsync("cases?stage=Triage&minEscalationLevel=0&pageSize=50")).EnsureSuccessStatusCode();
                lists.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return (Percentiles.Of(gets, 50), Percentiles.Of(gets, 99), Percentiles.Of(lists, 50), Percentiles.Of(lists, 99));
    }

    /// <summary>A case of 10,570 workers (intake of 5,000 and two batches), for the console's ledger page.</summary>
    public async Task<string> LedgerCaseAsync()
    {
        var id = await OpenAsync(5000);
        await AddWorkersAsync(id, 5001, 5000);
        await AddWorkersAsync(id, 10001, 570);
        await WaitAsync(id, c => c.GetProperty("workers").GetProperty("total").GetInt32() == 10570);
        return id;
    }

    /// <summary>The Cal-Comp case: 10,570 workers ingested (intake of 5,000 and two batches), then one payment each as payroll CSV.</summary>
    public async Task<(double IngestSeconds, double PaymentSeconds)> CalCompAsync()
    {
        var ingest = Stopwatch.StartNew();
        var id = await OpenAsync(5000);
        CalCompCaseId = id;
        await AddWorkersAsync(id, 5001, 5000);
        await AddWorkersAsync(id, 10001, 570);
        await WaitAsync(id, c => c.GetProperty("workers").GetProperty("total").GetInt32() == 10570);
        ingest.Stop();

        await SendAsync(server.Caseworker, id, "triage", new { accept = true, supplierId = "SUP-CALCOMP" }, c => Stage(c) == "SupplierAcknowledgement");
        await SendAsync(server.Supplier, id, "acknowledgement", new { }, c => Stage(c) == "Investigation");
        foreach (var batch in (await LinesAsync(id)).Chunk(5000))
        {
            (await server.Supplier.PostAsJsonAsync($"cases/{id}/findings", new { basis = "zero_fee", rootCause = "Agents' fees.", workers = batch.Select(l => new { @ref = l.Ref, confirmed = new[] { new { category = "recruitment_fee", amount = l.Owed, currency = "THB" } } }) })).EnsureSuccessStatusCode();
        }

        await WaitAsync(id, c => c.GetProperty("findingsAwaitingDecision").GetBoolean() && !c.GetProperty("workers").GetProperty("byStatus").TryGetProperty("AwaitingFindings", out _));
        await SendAsync(server.Caseworker, id, "findings/decision", new { accept = true }, c => Stage(c) == "RemediationPlan");
        var total = decimal.Parse((await GetAsync(id)).GetProperty("totals")[0].GetProperty("confirmed").GetString()!, CultureInfo.InvariantCulture);
        await SendAsync(server.Supplier, id, "plan", new { instalments = new[] { new { number = 1, dueAt = DateTimeOffset.UtcNow.AddDays(30), amounts = new[] { new { amount = total, currency = "THB" } } } } }, c => c.GetProperty("planAwaitingDecision").GetBoolean());
        await SendAsync(server.Caseworker, id, "plan/decision", new { approve = true }, c => Stage(c) == "Reimbursement");

        var lines = await LinesAsync(id);
        var payments = Stopwatch.StartNew();
        foreach (var batch in lines.Chunk(5000))
        {
            var csv = new StringBuilder("ref,paymentId,amount,currency,paidOn,method\r\n");
            foreach (var line in batch)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{line.Ref},PAY-{line.Ref},{line.Owed},THB,2019-12-01,payroll\r\n");
            }

            (await server.Supplier.PostAsync($"cases/{id}/payments", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        }

        await WaitAsync(id, c => Stage(c) == "Verification");
        return (ingest.Elapsed.TotalSeconds, payments.Elapsed.TotalSeconds);
    }

    private async Task DriveAsync(string id, List<double> visible)
    {
        // Every command goes through the typed client (Remediation.Client), as a partner's integration would send it,
        // asking for its outcome (Prefer: wait) rather than polling the case: polling 20 cases every few ms was most
        // of Azurite's load in the first runs of this benchmark.
        var waited = new CommandOptions { Wait = TimeSpan.FromSeconds(10) };
        async Task Step(string route, Func<Task> send, Func<JsonElement, bool> done)
        {
            var started = Stopwatch.GetTimestamp();
            await send();
            var answered = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            await WaitAsync(id, done);
            lock (visible)
            {
                visible.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Answered.Add(answered);
            }

            if (Environment.GetEnvironmentVariable("BENCH_STEPS") == "1")
            {
                Console.Error.WriteLine($"{id} {route}: {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
            }
        }

        await Step("triage", () => server.CaseworkerApi.TriageAsync(id, new TriageRequest { Accept = true, SupplierId = "SUP-CALCOMP" }, waited), c => Stage(c) == "SupplierAcknowledgement");
        await Step("acknowledgement", () => server.SupplierApi.AcknowledgeAsync(id, waited), c => Stage(c) == "Investigation");
        var lines = await LinesAsync(id);
        await Step("findings", () => server.SupplierApi.SubmitFindingsAsync(id, new FindingsRequest
        {
            Basis = RepaymentBasis.ZeroFee,
            RootCause = "Agents' fees.",
            Workers = [.. lines.Select(l => new WorkerFindings { Ref = l.Ref, Confirmed = [new ConfirmedFee { Category = FeeCategory.RecruitmentFee, Amount = l.Owed, Currency = "THB" }] })],
        }, waited), c => c.GetProperty("findingsAwaitingDecision").GetBoolean());
        await Step("findings/decision", () => server.CaseworkerApi.DecideFindingsAsync(id, new FindingsDecisionRequest { Accept = true }, waited), c => Stage(c) == "RemediationPlan");
        var total = lines.Sum(l => l.Owed);
        await Step("plan", () => server.SupplierApi.SubmitPlanAsync(id, new PlanRequest { Instalments = [new InstalmentRequest { Number = 1, DueAt = DateTimeOffset.UtcNow.AddDays(30), Amounts = [new MoneyAmount { Amount = total, Currency = "THB" }] }] }, waited), c => c.GetProperty("planAwaitingDecision").GetBoolean());
        await Step("plan/decision", () => server.CaseworkerApi.DecidePlanAsync(id, new PlanDecisionRequest { Approve = true }, waited), c => Stage(c) == "Reimbursement");
        await Step("payments", () => server.SupplierApi.RecordPaymentsAsync(id, new PaymentsRequest
        {
            Payments = [.. lines.Select(l => new PaymentRequest { Ref = l.Ref, PaymentId = "P-" + l.Ref, Amount = l.Owed, Currency = "THB", PaidOn = new DateOnly(2026, 1, 15), Method = "bank_transfer" })],
        }, waited), c => Stage(c) == "Verification");
        await Step("verifications", () => server.PartnerApi.RecordVerificationsAsync(id, new ReceiptsRequest
        {
            Receipts = [.. lines.Select(l => new ReceiptRequest { Ref = l.Ref, ReceiptId = "R-" + l.Ref, Received = true, Amount = l.Owed, Currency = "THB", ConfirmedOn = new DateOnly(2026, 2, 1) })],
        }, waited), c => c.GetProperty("workers").GetProperty("byStatus").TryGetProperty("Verified", out _));
        await Step("close", () => server.CaseworkerApi.CloseCaseAsync(id, new CloseRequest { Outcome = CloseOutcome.Remediated }, waited), c => Stage(c) == "Closed");
    }

    private async Task<string> OpenAsync(int workers)
    {
        var number = Interlocked.Increment(ref reference);
        var response = await server.Partner.PostAsJsonAsync("cases", new
        {
            partnerReference = $"BENCH-{number:D6}",
            factory = new { name = "Cal-Comp Electronics", country = "TH" },
            supplierId = "SUP-CALCOMP",
            summary = "Recruitment fees paid to agents.",
            workers = Workers(1, workers),
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
    }

    private async Task AddWorkersAsync(string id, int first, int count) =>
        (await server.Partner.PostAsJsonAsync($"cases/{id}/workers", new { workers = Workers(first, count) })).EnsureSuccessStatusCode();

    private static object[] Workers(int first, int count) =>
    [
        .. Enumerable.Range(first, count).Select(i => new
        {
            @ref = $"MM-{i:D5}",
            // A workforce like Cal-Comp's: mostly from Myanmar, some from Cambodia and Laos, fees paid to agents, brokers
            // or the employer, a fifth already gone (the verification sample is stratified on all three).
            nationality = (i % 20) switch { < 16 => "MM", < 19 => "KH", _ => "LA" },
            hiredOn = "2016-03-01",
            employmentStatus = i / 7 % 5 == 0 ? "former" : "current",
            fees = new[]
            {
                new { category = "recruitment_fee", amount = 17000m + (i % 3000), currency = "THB", paidTo = (i / 3 % 10) switch { < 7 => "agent", < 9 => "broker", _ => "employer" } },
            },
        }),
    ];

    private async Task<IReadOnlyList<(string Ref, decimal Owed)>> LinesAsync(string id)
    {
        var lines = new List<(string, decimal)>();
        string? token = null;
        do
        {
            var page = await server.Caseworker.GetFromJsonAsync<JsonElement>($"cases/{id}/workers?pageSize=1000{(token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token))}");
            lines.AddRange(page.GetProperty("items").EnumerateArray().Select(w => (w.GetProperty("ref").GetString()!, decimal.Parse(w.GetProperty("totals")[0].GetProperty("claimed").GetString()!, CultureInfo.InvariantCulture))));
            token = page.TryGetProperty("continuationToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        return lines;
    }

    private async Task SendAsync(HttpClient client, string id, string route, object body, Func<JsonElement, bool> done)
    {
        var response = await client.PostAsJsonAsync($"cases/{id}/{route}", body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await WaitAsync(id, done);
    }

    private async Task<JsonElement> GetAsync(string id) => await server.Caseworker.GetFromJsonAsync<JsonElement>($"cases/{id}");

    private async Task WaitAsync(string id, Func<JsonElement, bool> done)
    {
        var until = DateTime.UtcNow.AddMinutes(5);
        while (!done(await GetAsync(id)))
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Case {id} did not get there.");
            }

            await Task.Delay(20);
        }
    }

    private static string Stage(JsonElement view) => view.GetProperty("stage").GetString()!;
}
