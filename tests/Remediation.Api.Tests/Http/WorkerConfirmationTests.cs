using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Tests.Builders;
using Remediation.Storage;

namespace Remediation.Api.Tests.Http;

/// <summary>
/// Workers confirm for themselves: the sample drawn on entering Verification, codes issued by the partner, the worker
/// page answering all, part and none into the ledger, pressure raising the case, and the supplier seeing none of it.
/// </summary>
public class WorkerConfirmationTests
{
    [Fact]
    public async Task The_sample_is_drawn_on_entering_verification_and_hidden_from_the_supplier_until_closing()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        using var supplier = server.Client(server.Keys.Supplier);
        var caseId = await Journeys.ToReimbursementAsync(server, "SAMPLE-1", workers: 3);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"cases/{caseId}/verification-sample")).StatusCode);

        using var supplierPayments = new StringContent(Bodies.PaymentsCsv(3), System.Text.Encoding.UTF8, "text/csv");
        await Journeys.Accepted(supplier.PostAsync($"cases/{caseId}/payments", supplierPayments));
        await server.WaitForAsync(caseId, c => c.Stage == "Verification", "full payment");

        var sample = await partner.GetFromJsonAsync<JsonElement>($"cases/{caseId}/verification-sample");
        Assert.Equal("stratified-proportional-sha256-v1", sample.GetProperty("method").GetString());
        Assert.Equal((3, 3, 0, 3), (sample.GetProperty("population").GetInt32(), sample.GetProperty("sampled").GetInt32(),
            sample.GetProperty("confirmed").GetInt32(), sample.GetProperty("pending").GetInt32()));
        var stratum = Assert.Single(sample.GetProperty("strata").EnumerateArray());
        Assert.Equal(("MM", "agent", "current"), (stratum.GetProperty("nationality").GetString(), stratum.GetProperty("feeRecipient").GetString(),
            stratum.GetProperty("employmentStatus").GetString()));
        var seed = sample.GetProperty("seed").GetString()!;

        Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync($"cases/{caseId}/verification-sample")).StatusCode);
        var partnerTimeline = await partner.GetFromJsonAsync<JsonElement>($"cases/{caseId}/timeline");
        var supplierTimeline = await supplier.GetFromJsonAsync<JsonElement>($"cases/{caseId}/timeline");
        Assert.Contains(partnerTimeline.GetProperty("items").EnumerateArray(), e => e.GetProperty("description").GetString()!.Contains(seed, StringComparison.Ordinal));
        Assert.DoesNotContain(seed, supplierTimeline.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(supplierTimeline.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "verification.sample_drawn");
    }

    [Fact]
    public async Task Codes_are_issued_once_to_partners_and_never_to_the_supplier()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        using var supplier = server.Client(server.Keys.Supplier);
        using var otherPartner = server.Client(server.Keys.OtherPartner);
        var caseId = await Journeys.ToVerificationAsync(server, "CODES-1");

        var issued = await partner.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", new { sample = true });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal("no-store", issued.Headers.CacheControl!.ToString());
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var codes = body.GetProperty("codes").EnumerateArray().ToList();
        Assert.Equal(["W-1", "W-2", "W-3"], codes.Select(c => c.GetProperty("ref").GetString()).Order(StringComparer.Ordinal));
        Assert.All(codes, c => Assert.Matches("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", c.GetProperty("code").GetString()));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd"), body.GetProperty("expiresOn").GetString());

        // The supplier cannot issue, and learns nothing: the same 404 as a case it may not see.
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", new { sample = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", new { sample = true })).StatusCode);

        // Stored only as keyed hashes: no code in any key or property of any table.
        var stored = new List<string>();
        foreach (var table in server.Services.GetRequiredService<RemediationTables>().All)
        {
            await foreach (var row in table.QueryAsync<TableEntity>())
            {
                stored.Add(JsonSerializer.Serialize(row));
            }
        }

        Assert.All(codes, c => Assert.DoesNotContain(
            stored, row => row.Contains(c.GetProperty("code").GetString()!.Replace("-", ""), StringComparison.Ordinal)));

        // A new batch for W-1 replaces its older code.
        var again = await partner.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", new { workers = new[] { "W-1" } });
        var newCode = (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes")[0].GetProperty("code").GetString();
        using var phone = new WorkerPhone(server);
        Assert.Equal(HttpStatusCode.NotFound, await phone.OpenAsync($"confirm/{codes.Single(c => c.GetProperty("ref").GetString() == "W-1").GetProperty("code").GetString()}"));
        Assert.Equal(HttpStatusCode.OK, await phone.OpenAsync($"confirm/{newCode}"));
    }

    [Fact]
    public async Task A_bad_request_for_codes_lists_every_problem_and_issues_nothing()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = await Journeys.ToVerificationAsync(server, "CODES-BAD");
        var before = await StorageSnapshot.QuietAsync(server);

        var refused = await partner.PostAsJsonAsync($"cases/{caseId}/confirmation-codes",
            new { workers = new[] { "W-1", "W-9", "W-1" }, expiresOn = "2020-01-01", language = "xx" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var paths = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("$.workers[2]", paths);
        Assert.Contains("$.expiresOn", paths);
        Assert.Contains("$.language", paths);
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", new { workers = new[] { "W-9" } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", new { workers = new[] { "W-1" }, sample = true })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", new { workers = new[] { "W-1" }, extra = 1 })).StatusCode);
        Assert.Equal(before, await StorageSnapshot.TakeAsync(server));
    }

    [Fact]
    public async Task A_worker_who_received_everything_confirms_it_and_the_ledger_says_so()
    {
        await using var server = await ApiServer.StartAsync();
        using var caseworker = server.Client(server.Keys.Caseworker);
        var caseId = await Journeys.ToVerificationAsync(server, "ALL-1", workers: 1);
        var code = await IssueAsync(server, caseId, "W-1");

        using var phone = new WorkerPhone(server);
        Assert.Equal(HttpStatusCode.OK, await phone.OpenAsync($"confirm/{code}"));
        Assert.Contains("Cal-Comp Electronics", phone.Html, StringComparison.Ordinal);
        Assert.Contains("20,000.50", phone.Html, StringComparison.Ordinal);
        Assert.Contains("2026-01-15", phone.Html, StringComparison.Ordinal);
        Assert.Contains("lang=\"my\"", phone.Html, StringComparison.Ordinal); // A Myanmar worker reads Burmese.
        Assert.DoesNotContain("W-1", phone.Html, StringComparison.Ordinal);
        Assert.Equal("no-store", phone.Last!.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", phone.Last.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", phone.Last.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(phone.Last.Content.Headers.ContentLength is null or < 30_000);
        Assert.Equal(["confirm-af"], phone.Cookies.Select(c => c.Name));

        Assert.Equal(HttpStatusCode.OK, await phone.PostAsync(("code", code), ("answer", "all"), ("pressure", "no"), ("lang", "en")));
        Assert.Contains("Nothing more is needed from you", phone.Html, StringComparison.Ordinal);
        var line = (await caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}/workers")).GetProperty("items")[0];
        Assert.Equal("Verified", line.GetProperty("status").GetString());
        Assert.Equal("worker", line.GetProperty("receipts")[0].GetProperty("method").GetString());
        using var supplier = server.Client(server.Keys.Supplier);
        var supplierLine = (await supplier.GetFromJsonAsync<JsonElement>($"cases/{caseId}/workers")).GetProperty("items")[0];
        Assert.True(!supplierLine.TryGetProperty("receipts", out var withheld) || withheld.ValueKind == JsonValueKind.Null); // who holds a code
        var timeline = await caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}/timeline?pageSize=100");
        var entry = timeline.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "receipts.worker_confirmed");
        Assert.Equal("worker", entry.GetProperty("actorRole").GetString());
        Assert.DoesNotContain("W-1", entry.GetProperty("description").GetString()!, StringComparison.Ordinal);

        // One answer per code.
        Assert.Equal(HttpStatusCode.OK, await phone.PostAsync(("code", code), ("answer", "none"), ("pressure", "no"), ("lang", "en")));
        Assert.Contains("already received", phone.Html, StringComparison.Ordinal);
        await Journeys.Accepted(caseworker.PostAsJsonAsync($"cases/{caseId}/close", new { outcome = "remediated" }));
        await server.WaitForAsync(caseId, c => c.Stage == "Closed", "closing as remediated");
        Assert.Equal(HttpStatusCode.NotFound, await phone.OpenAsync($"confirm/{code}"));
    }

    [Fact]
    public async Task Part_and_none_are_disputes_that_make_the_difference_owed_again_and_pressure_raises_the_case()
    {
        await using var server = await ApiServer.StartAsync();
        using var caseworker = server.Client(server.Keys.Caseworker);
        using var supplier = server.Client(server.Keys.Supplier);
        var caseId = await Journeys.ToVerificationAsync(server, "DISPUTE-1", workers: 3);
        var codes = await Journeys.CodesAsync(server, caseId, new { workers = new[] { "W-1", "W-2", "W-3" } });

        using var phone = new WorkerPhone(server);
        await phone.OpenAsync("confirm?lang=en");
        Assert.Equal(HttpStatusCode.OK, await phone.PostAsync(("code", codes["W-1"]), ("lang", "en")));
        Assert.Equal(HttpStatusCode.OK, await phone.PostAsync(("code", codes["W-1"]), ("answer", "part"), ("amount", "15000"), ("currency", "THB"), ("pressure", "no"), ("lang", "en")));
        Assert.Contains("owed to you again", phone.Html, StringComparison.Ordinal);
        var afterPart = await server.WaitForAsync(caseId, c => c.Stage == "Reimbursement", "the dispute reopening Reimbursement");
        Assert.Equal("Standard", afterPart.Priority, ignoreCase: true);
        var w1 = (await caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}/workers")).GetProperty("items")[0];
        Assert.Equal("Disputed", w1.GetProperty("status").GetString());
        Assert.Contains("5000.50", w1.GetRawText(), StringComparison.Ordinal);

        await phone.OpenAsync($"confirm/{codes["W-2"]}");
        Assert.Equal(HttpStatusCode.OK, await phone.PostAsync(("code", codes["W-2"]), ("answer", "none"), ("pressure", "yes"), ("lang", "en")));
        Assert.Contains("told at once", phone.Html, StringComparison.Ordinal);
        await server.WaitForAsync(caseId, c => c.Priority == "priority", "pressure raising the case");

        // More than 5% of the sample disputed: every worker must now confirm.
        var sample = await caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}/verification-sample");
        Assert.True(sample.GetProperty("fullVerificationRequired").GetBoolean());
        Assert.Equal(2, sample.GetProperty("disputed").GetInt32());

        // The supplier learns that workers disputed (it must repay them), never that a worker did it with a code or reported pressure.
        var supplierTimeline = (await supplier.GetFromJsonAsync<JsonElement>($"cases/{caseId}/timeline?pageSize=100")).GetRawText();
        Assert.DoesNotContain("worker reported pressure", supplierTimeline, StringComparison.Ordinal);
        Assert.DoesNotContain("\"worker\"", supplierTimeline, StringComparison.Ordinal);
        Assert.DoesNotContain("receipts.worker_confirmed", supplierTimeline, StringComparison.Ordinal);
        Assert.DoesNotContain("own code", supplierTimeline, StringComparison.Ordinal);
        Assert.DoesNotContain("W-2", supplierTimeline, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync($"cases/{caseId}/verification-sample")).StatusCode);
    }

    [Fact]
    public async Task Pressure_reported_after_the_money_answer_is_still_recorded_once_and_the_supplier_reads_the_answer_as_the_partners()
    {
        await using var server = await ApiServer.StartAsync();
        using var supplier = server.Client(server.Keys.Supplier);
        var caseId = await Journeys.ToVerificationAsync(server, "PRESSURE-LATER", workers: 2);
        var code = await IssueAsync(server, caseId, "W-1");

        using var phone = new WorkerPhone(server);
        await phone.OpenAsync($"confirm/{code}");
        Assert.Equal(HttpStatusCode.OK, await phone.PostAsync(("code", code), ("answer", "all"), ("pressure", "no"), ("lang", "en")));
        await phone.OpenAsync($"confirm/{code}");
        Assert.Equal(HttpStatusCode.OK, await phone.PostAsync(("code", code), ("answer", "none"), ("pressure", "yes"), ("lang", "en")));
        Assert.Contains("already received", phone.Html, StringComparison.Ordinal);
        Assert.Contains("told at once", phone.Html, StringComparison.Ordinal);
        await server.WaitForAsync(caseId, c => c.Priority == "priority", "the later report of pressure");

        var entries = (await supplier.GetFromJsonAsync<JsonElement>($"cases/{caseId}/timeline?pageSize=100")).GetProperty("items").EnumerateArray().ToList();
        var receipts = Assert.Single(entries, e => e.GetProperty("kind").GetString() == "receipts.recorded");
        Assert.Equal(("partner", "PART-1"), (receipts.GetProperty("actorRole").GetString(), receipts.GetProperty("actorPartyId").GetString()));
        Assert.Single(entries, e => e.GetProperty("kind").GetString() == "retaliation.reported");
    }

    [Fact]
    public async Task A_payment_recorded_while_the_page_was_open_is_shown_before_the_worker_confirms_it()
    {
        await using var server = await ApiServer.StartAsync();
        using var supplier = server.Client(server.Keys.Supplier);
        var caseId = await Journeys.ToReimbursementAsync(server, "AMOUNTS-CHANGED", workers: 1);
        using (var half = new StringContent("ref,paymentId,amount,currency,paidOn,method\r\nW-1,pay-1,10000.25,THB,2026-01-15,bank_transfer\r\n",
            System.Text.Encoding.UTF8, "text/csv"))
        {
            await Journeys.Accepted(supplier.PostAsync($"cases/{caseId}/payments", half));
        }

        await server.WaitForAsync(caseId, c => c.Workers.ByStatus.GetValueOrDefault("PartiallyPaid") == 1, "the first half");
        var code = await IssueAsync(server, caseId, "W-1");
        using var phone = new WorkerPhone(server);
        await phone.OpenAsync($"confirm/{code}?lang=en");
        var shown = phone.Field("shown");

        using (var rest = new StringContent("ref,paymentId,amount,currency,paidOn,method\r\nW-1,pay-2,10000.25,THB,2026-01-16,bank_transfer\r\n",
            System.Text.Encoding.UTF8, "text/csv"))
        {
            await Journeys.Accepted(supplier.PostAsync($"cases/{caseId}/payments", rest));
        }

        await server.WaitForAsync(caseId, c => c.Stage == "Verification", "the second half");
        Assert.Equal(HttpStatusCode.Conflict, await phone.PostAsync(("code", code), ("answer", "all"), ("pressure", "no"), ("lang", "en"), ("shown", shown)));
        Assert.Contains("The amounts changed", phone.Html, StringComparison.Ordinal);
        Assert.Contains("20,000.50", phone.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await phone.PostAsync(("code", code), ("answer", "all"), ("pressure", "no"), ("lang", "en"),
            ("shown", phone.Field("shown"))));
        Assert.Contains("Nothing more is needed", phone.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_codes_get_one_answer_and_an_address_soon_runs_out_of_tries()
    {
        await using var server = await ApiServer.StartAsync();
        using var phone = new WorkerPhone(server);
        Assert.Equal(HttpStatusCode.NotFound, await phone.OpenAsync("confirm/ABCD-EFGH-JKMN?lang=en"));
        Assert.Contains("Check the code on your slip", phone.Html, StringComparison.Ordinal);

        // Codes that pass the check symbol but exist nowhere: one generic answer, then too many tries.
        var valid = Enumerable.Range(0, 12).Select(_ => Domain.Confirmations.ConfirmationCode.New().ToString()).ToList();
        var statuses = new List<HttpStatusCode>();
        foreach (var code in valid)
        {
            statuses.Add(await phone.OpenAsync($"confirm/{code}?lang=en"));
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Contains("Too many tries", phone.Html, StringComparison.Ordinal);
    }

    private static async Task<string> IssueAsync(ApiServer server, string caseId, string worker) =>
        (await Journeys.CodesAsync(server, caseId, new { workers = new[] { worker } }))[worker];
}
