using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Remediation.Server.Tests;

/// <summary>
/// Drives cases through the public API only, as the partner, the supplier and the caseworker would, waiting after
/// each command until GET /cases/{id} shows its effect.
/// </summary>
internal sealed class ApiDriver : IDisposable
{
    private ApiDriver(HttpClient partner, HttpClient supplier, HttpClient caseworker, IReadOnlyList<string> keys)
    {
        Keys = keys;
        Partner = partner;
        Supplier = supplier;
        Caseworker = caseworker;
    }

    /// <summary>The secrets of the keys this driver uses (for checking that they never show up in logs).</summary>
    public IReadOnlyList<string> Keys { get; }

    public HttpClient Partner { get; }

    public HttpClient Supplier { get; }

    public HttpClient Caseworker { get; }

    public static async Task<ApiDriver> ConnectAsync(ServerProcess server)
    {
        using var admin = server.Client(ServerProcess.AdminKey);
        foreach (var (kind, id) in new[] { ("partner", "MWRN"), ("supplier", "SUP-CALCOMP") })
        {
            var registered = await admin.PostAsJsonAsync("admin/parties", new { kind, id, name = id });
            Assert.True(registered.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);
        }

        var keys = new[] { await IssueAsync(admin, "partner", "MWRN"), await IssueAsync(admin, "supplier", "SUP-CALCOMP"), await IssueAsync(admin, "caseworker", null) };
        return new ApiDriver(server.Client(keys[0]), server.Client(keys[1]), server.Client(keys[2]), keys);
    }

    public async Task<string> OpenAsync(string reference, int workers)
    {
        var response = await Partner.PostAsJsonAsync("cases", new
        {
            partnerReference = reference,
            factory = new { name = "Cal-Comp Electronics", country = "TH", site = "Phetchaburi" },
            supplierId = "SUP-CALCOMP",
            summary = "Myanmar workers paid recruitment fees of about 20,000 THB to agents.",
            priority = "standard",
            workers = Enumerable.Range(1, workers).Select(i => new
            {
                @ref = $"MM-{i:D4}",
                nationality = "MM",
                hiredOn = "2016-03-01",
                employmentStatus = "current",
                fees = new[] { new { category = "recruitment_fee", amount = 20000m + i, currency = "THB", paidTo = "agent", paidOn = "2015-12-01" } },
            }),
        });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
    }

    public Task TriageAsync(string caseId) => SendAsync(Caseworker, caseId, "triage", new { accept = true, supplierId = "SUP-CALCOMP", contracts = new[] { "CCS-1" } }, c => Stage(c) == "SupplierAcknowledgement");

    public Task AcknowledgeAsync(string caseId) => SendAsync(Supplier, caseId, "acknowledgement", null, c => Stage(c) == "Investigation");

    public async Task SubmitFindingsAsync(string caseId)
    {
        var lines = await LinesAsync(caseId);
        await SendAsync(Supplier, caseId, "findings", new
        {
            basis = "zero_fee",
            rootCause = "Agents charged fees the employer did not pay.",
            workers = lines.Select(l => new { @ref = l.Ref, confirmed = new[] { new { category = "recruitment_fee", amount = l.Claimed, currency = "THB" } } }),
        }, c => c.GetProperty("findingsAwaitingDecision").GetBoolean());
    }

    public Task AcceptFindingsAsync(string caseId) => SendAsync(Caseworker, caseId, "findings/decision", new { accept = true }, c => Stage(c) == "RemediationPlan");

    public async Task PlanAsync(string caseId)
    {
        var confirmed = Amount(await GetAsync(caseId), "confirmed");
        var half = decimal.Round(confirmed / 2, 2);
        var now = DateTimeOffset.UtcNow;
        await SendAsync(Supplier, caseId, "plan", new
        {
            instalments = new[]
            {
                new { number = 1, dueAt = now.AddDays(20), amounts = new[] { new { amount = half, currency = "THB" } } },
                new { number = 2, dueAt = now.AddDays(40), amounts = new[] { new { amount = confirmed - half, currency = "THB" } } },
            },
        }, c => c.GetProperty("planAwaitingDecision").GetBoolean());
        await SendAsync(Caseworker, caseId, "plan/decision", new { approve = true }, c => Stage(c) == "Reimbursement");
    }

    /// <summary>Pays each worker <paramref name="share"/> of what is outstanding; payment ids are per worker and batch, so a resend counts once.</summary>
    public async Task PayAsync(string caseId, decimal share, string batch, bool wait = true)
    {
        var lines = await LinesAsync(caseId);
        var csv = new StringBuilder("ref,paymentId,amount,currency,paidOn,method\r\n");
        foreach (var line in lines.Where(l => l.Outstanding > 0))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{line.Ref},{batch}-{line.Ref},{(share == 1m ? line.Outstanding : decimal.Round(line.Outstanding * share, 2))},THB,2026-01-15,bank_transfer\r\n");
        }

        var response = await Supplier.PostAsync($"cases/{caseId}/payments", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        if (wait)
        {
            var expected = share == 1m ? "Verification" : "Reimbursement";
            await WaitAsync(caseId, c => Stage(c) == expected && Amount(c, "paid") > 0);
        }
    }

    public async Task ConfirmReceiptsAsync(string caseId)
    {
        var lines = await LinesAsync(caseId);
        await SendAsync(Partner, caseId, "verifications", new
        {
            receipts = lines.Select(l => new { @ref = l.Ref, receiptId = "rc-" + l.Ref, received = true, amount = l.Paid, currency = "THB", method = "bank_transfer", retaliationReported = false, confirmedOn = "2026-02-01" }),
        }, c => c.GetProperty("workers").GetProperty("byStatus").TryGetProperty("Verified", out var v) && v.GetInt32() == lines.Count);
    }

    public Task CloseRemediatedAsync(string caseId) => SendAsync(Caseworker, caseId, "close", new { outcome = "remediated" }, c => Stage(c) == "Closed");

    public async Task<JsonElement> GetAsync(string caseId) => await Caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}");

    public async Task<JsonElement> WaitAsync(string caseId, Func<JsonElement, bool> condition, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var view = await GetAsync(caseId);
            if (condition(view))
            {
                return view;
            }

            Assert.True(DateTime.UtcNow < until, $"Case {caseId} did not get there in {seconds} s; it is {view}");
            await Task.Delay(100);
        }
    }

    public async Task<IReadOnlyList<Line>> LinesAsync(string caseId)
    {
        var page = await Caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}/workers?pageSize=1000");
        return [.. page.GetProperty("items").EnumerateArray().Select(w =>
        {
            var totals = w.GetProperty("totals")[0];
            return new Line(
                w.GetProperty("ref").GetString()!,
                Parse(totals, "claimed"),
                Parse(totals, "paid"),
                Parse(totals, "outstanding"),
                Parse(totals, "verified"),
                w.GetProperty("payments").GetArrayLength());
        })];
    }

    public static string Stage(JsonElement view) => view.GetProperty("stage").GetString()!;

    public static decimal Amount(JsonElement view, string total) => view.GetProperty("totals").EnumerateArray().Sum(t => Parse(t, total));

    public void Dispose()
    {
        Partner.Dispose();
        Supplier.Dispose();
        Caseworker.Dispose();
    }

    private static decimal Parse(JsonElement totals, string name) => decimal.Parse(totals.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private async Task SendAsync(HttpClient client, string caseId, string route, object? body, Func<JsonElement, bool> done)
    {
        var response = body is null ? await client.PostAsync($"cases/{caseId}/{route}", null) : await client.PostAsJsonAsync($"cases/{caseId}/{route}", body);
        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"{route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        await WaitAsync(caseId, done);
    }

    private static async Task<string> IssueAsync(HttpClient admin, string role, string? partyId)
    {
        var response = await admin.PostAsJsonAsync("admin/api-keys", new { role, partyId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    public sealed record Line(string Ref, decimal Claimed, decimal Paid, decimal Outstanding, decimal Verified, int Payments);
}
