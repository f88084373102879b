using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Storage;
using Remediation.Development;
using Remediation.Storage.Notifications;

namespace Remediation.Bench;

/// <summary>
/// Webhook delivery on the standalone server: events delivered per second to a receiver on loopback, and the time
/// from an escalation falling due (its deadline, when the case's timer fires) to its webhook arriving.
/// </summary>
internal static class NotificationBench
{
    private static readonly string[] EscalationsOnly = ["case.escalated"];

    public static async Task<IReadOnlyList<(string Figure, string Value)>> RunAsync(string connectionString, double orchestrationsPerSecond)
    {
        await using var receiver = await Receiver.StartAsync();
        await using var server = await ServerUnderTest.StartAsync(connectionString, new Dictionary<string, string>
        {
            // Loopback receivers are for Development only; a policy day of two seconds makes deadlines fall due in the run.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Remediation__Deadlines__DayLength"] = "00:00:02",
        });
        (await server.Supplier.PostAsJsonAsync("subscriptions", new { url = receiver.Url("supplier"), events = EscalationsOnly })).EnsureSuccessStatusCode();
        var rows = new List<(string, string)>();

        // Throughput: 1,000 notifications written to the server's outbox as commands write them, 16 writers at once.
        const int Events = 1000;
        var tables = new RemediationTables(connectionString, server.TablePrefix);
        var outbox = new TableNotificationOutbox(tables, new QueueDeliveryScheduler(StorageConnection.FromConnectionString(connectionString).QueueService(), server.TablePrefix));
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, Events, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            await outbox.AddAsync($"bench-{i}", DateTimeOffset.UtcNow, [new Notification(Role.Supplier, "SUP-CALCOMP", NotificationKind.Escalated, $"C-BENCH-{i:D4}", "Bench.", Domain.Deadlines.EscalationLevel.Reminder)], null, ct));
        var written = clock.Elapsed.TotalSeconds;
        await receiver.WaitForAsync("supplier", Events, TimeSpan.FromMinutes(10));
        var delivered = clock.Elapsed.TotalSeconds;
        rows.Add(("outbox writes/s (16 writers)", Format(Events / written)));
        rows.Add(($"events delivered/s ({Events} written at once, to one endpoint)", Format(Events / delivered)));
        rows.Add(("ratio: events delivered/s to 3-activity orchestrations/s", $"{Events / delivered / orchestrationsPerSecond:F2}"));

        // Latency: 30 cases accepted at once; each misses its acknowledgement deadline and climbs to level 1.
        receiver.Clear();
        var cases = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var created = await server.Partner.PostAsJsonAsync("cases", Grievance($"BENCH-LADDER-{i}"));
            cases.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!);
        }

        foreach (var caseId in cases)
        {
            (await server.Caseworker.PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-CALCOMP" })).EnsureSuccessStatusCode();
        }

        var arrivals = await receiver.WaitForAsync("supplier", cases.Count, TimeSpan.FromMinutes(5));
        var latencies = arrivals.Select(a => (a.At - a.Deadline).TotalMilliseconds).ToList();
        rows.Add(("escalation due -> webhook arrived, p50 / p95 ms (30 cases)", $"{Format(Percentiles.Of(latencies, 50))} / {Format(Percentiles.Of(latencies, 95))}"));
        return rows;
    }

    private static object Grievance(string reference) => new
    {
        partnerReference = reference,
        factory = new { name = "Cal-Comp Electronics", country = "TH", site = "Phetchaburi" },
        supplierId = "SUP-CALCOMP",
        summary = "Recruitment fees paid to agents.",
        priority = "standard",
        workers = new[] { new { @ref = "W-1", nationality = "MM", hiredOn = "2016-03-01", employmentStatus = "current", fees = new[] { new { category = "recruitment_fee", amount = 20000.00m, currency = "THB", paidTo = "agent", paidOn = "2015-12-01" } } } },
    };

    private static string Format(double value) => value.ToString(value >= 100 ? "F0" : "F2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A loopback endpoint that answers 200 and notes when each escalation arrived and its deadline.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly int port;
        private ConcurrentDictionary<string, Arrival> arrivals = new();

        private Receiver(WebApplication app, int port)
        {
            this.app = app;
            this.port = port;
        }

        public static async Task<Receiver> StartAsync()
        {
            var port = LoopbackPort.Free();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
            var app = builder.Build();
            var receiver = new Receiver(app, port);
            app.MapPost("/{path}", async (HttpContext context, string path) =>
            {
                var at = DateTimeOffset.UtcNow;
                using var body = await JsonDocument.ParseAsync(context.Request.Body);
                var data = body.RootElement.GetProperty("data");
                var deadline = data.TryGetProperty("deadline", out var d) ? d.GetDateTimeOffset() : at;
                receiver.arrivals.TryAdd($"{path}|{context.Request.Headers["webhook-id"]}", new Arrival(path, at, deadline));
                return Results.Ok();
            });
            await app.StartAsync();
            return receiver;
        }

        public string Url(string path) => $"http://127.0.0.1:{port}/{path}";

        public void Clear() => arrivals = new ConcurrentDictionary<string, Arrival>();

        public async Task<IReadOnlyList<Arrival>> WaitForAsync(string path, int count, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            while (arrivals.Values.Count(a => a.Path == path) < count)
            {
                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException($"{arrivals.Values.Count(a => a.Path == path)} of {count} webhooks arrived.");
                }

                await Task.Delay(10);
            }

            return [.. arrivals.Values.Where(a => a.Path == path)];
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private sealed record Arrival(string Path, DateTimeOffset At, DateTimeOffset Deadline);
}
