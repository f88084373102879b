using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Remediation.Api.Tests.Builders;
using UglyToad.PdfPig;
using static Remediation.Api.Tests.Builders.Journeys;

namespace Remediation.Api.Tests.Procurement;

/// <summary>A supplier's record and indicators, from cases built through the API only.</summary>
public class SupplierRecordApiTests
{
    private static object Contract(string id, string buyer, string band = "1m-10m") => new
    {
        id, buyer, supplierId = "SUP-1", valueBand = band, valueCurrency = "GBP", startsOn = "2025-01-01", endsOn = "2030-12-31",
    };

    private static object GrievanceAt(string reference, string factory, int workers = 3) => new
    {
        partnerReference = reference,
        factory = new
        {
            name = factory, country = "MY", site = "Penang", sector = "electronics_assembly",
            workforce = new { total = 2000, migrants = 1500, asOf = "2026-10-01" },
        },
        supplierId = "SUP-1",
        summary = "Nepali workers paid recruitment fees to agents in Kathmandu.",
        priority = "standard",
        indicators = new[] { "debt_bondage" },
        workers = Enumerable.Range(1, workers).Select(i => new
        {
            @ref = $"{reference}-W{i}",
            nationality = "NP",
            hiredOn = "2024-03-01",
            employmentStatus = "current",
            fees = new[] { new { category = "recruitment_fee", amount = 1200m, currency = "USD", paidTo = "agent", paidOn = "2024-01-10" } },
        }),
    };

    private static async Task<JsonElement> SupplierWhenAsync(HttpClient caseworker, Func<JsonElement, bool> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var view = await caseworker.GetFromJsonAsync<JsonElement>("suppliers/SUP-1");
            if (condition(view))
            {
                return view;
            }

            Assert.True(DateTime.UtcNow < until, $"Timed out waiting for {what}: {view}");
            await Task.Delay(100);
        }
    }

    private static decimal Indicator(JsonElement view, string name) =>
        view.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name).GetProperty("number").GetDecimal();

    [Fact]
    public async Task The_record_counts_repeated_findings_lateness_and_leverage_and_never_a_case_closed_in_triage()
    {
        // One day lasts a second: deadlines pass and the ladder climbs while the test watches.
        await using var server = await ApiServer.StartAsync(dayLength: TimeSpan.FromSeconds(1));
        using var caseworker = server.Client(server.Keys.Caseworker);
        using var supplier = server.Client(server.Keys.Supplier);
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync("contracts", Contract("CCS-A", "Crown Commercial Service"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsJsonAsync("contracts", Contract("NHS-B", "NHS Supply Chain", "100k-1m"))).StatusCode);

        // A finding closed unremediated, then a new case about the same factory: a repeated finding.
        var first = await server.OpenAsync("REC-1", GrievanceAt("REC-1", "Penang Circuits"));
        await Accepted(caseworker.PostAsJsonAsync($"cases/{first}/triage", new { accept = true, supplierId = "SUP-1", contracts = new[] { "CCS-A", "OLD-REF" } }));
        await server.WaitForAsync(first, c => c.Stage == "SupplierAcknowledgement", "triage");
        await Accepted(supplier.PostAsync($"cases/{first}/acknowledgement", null));
        await server.WaitForAsync(first, c => c.Stage == "Investigation", "acknowledgement");
        await Accepted(supplier.PostAsJsonAsync($"cases/{first}/findings", new
        {
            basis = "zero_fee",
            rootCause = "Agents charged fees the employer did not pay.",
            workers = Enumerable.Range(1, 3).Select(i => new { @ref = $"REC-1-W{i}", confirmed = new[] { new { category = "recruitment_fee", amount = 1200m, currency = "USD" } } }),
        }));
        await server.WaitForAsync(first, c => c.FindingsAwaitingDecision, "findings");
        await Accepted(caseworker.PostAsJsonAsync($"cases/{first}/findings/decision", new { accept = true }));
        await server.WaitForAsync(first, c => c.Stage == "RemediationPlan", "accepted findings");
        await Accepted(caseworker.PostAsJsonAsync($"cases/{first}/close", new { outcome = "unremediated", reason = "The supplier refused to repay." }));
        await server.WaitForAsync(first, c => c.Stage == "Closed", "closing");
        var repeat = await server.OpenAsync("REC-2", GrievanceAt("REC-2", "PENANG  circuits", workers: 4));
        await Accepted(caseworker.PostAsJsonAsync($"cases/{repeat}/triage", new { accept = true, supplierId = "SUP-1", contracts = new[] { "CCS-A" } }));

        // Named at intake, rejected at triage: the supplier never saw it, so it counts for nothing.
        var rejected = await server.OpenAsync("REC-3", GrievanceAt("REC-3", "Other Factory", workers: 7));
        await Accepted(caseworker.PostAsJsonAsync($"cases/{rejected}/triage", new { accept = false, reason = "Outside the buyers' supply chains." }));
        await server.WaitForAsync(rejected, c => c.Stage == "Closed", "rejection");

        // The repeat waits for the supplier's acknowledgement past its deadline: days late now, and the ladder.
        var view = await SupplierWhenAsync(caseworker, v => Indicator(v, "daysLateNow") > 0 && Indicator(v, "highestLevel") >= 1, "lateness");
        var record = view.GetProperty("record");
        Assert.Equal(2, record.GetProperty("cases").GetInt32());
        Assert.Equal(1, record.GetProperty("openCases").GetInt32());
        Assert.Equal(7, record.GetProperty("workers").GetInt32());
        Assert.Equal(1, record.GetProperty("repeatedFindingFactories").GetInt32());
        Assert.Equal(1, record.GetProperty("repeatedFindingCases").GetInt32());
        Assert.Equal(1, record.GetProperty("casesByOutcome").GetProperty("Unremediated").GetInt32());
        Assert.True(record.GetProperty("casesReachingLevel").GetProperty("1").GetInt32() >= 1);
        Assert.Equal(1, Indicator(view, "repeatedFindings"));
        Assert.Equal(2, Indicator(view, "linkedBuyers"));
        Assert.Equal(2, Indicator(view, "activeContracts"));
        Assert.Equal(75.0m, Indicator(view, "migrantPercent"));
        var single = Assert.Single(view.GetProperty("factories").EnumerateArray());
        Assert.True(single.GetProperty("repeatedFinding").GetBoolean());
        Assert.Equal("electronics_assembly", single.GetProperty("sector").GetString());
        Assert.Equal(["OLD-REF"], view.GetProperty("unregisteredContractReferences").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(rejected, view.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(["Crown Commercial Service", "NHS Supply Chain"], view.GetProperty("buyers").EnumerateArray().Select(e => e.GetString()));

        // The risk view sorts and filters by any indicator; SUP-2 has no cases.
        var sorted = await caseworker.GetFromJsonAsync<JsonElement>("suppliers?sort=-daysLateNow");
        Assert.Equal("SUP-1", sorted.GetProperty("items")[0].GetProperty("id").GetString());
        var filtered = await caseworker.GetFromJsonAsync<JsonElement>("suppliers?filter=repeatedFindings:ge:1&filter=countries:has:MY");
        Assert.Equal(["SUP-1"], filtered.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        var unknown = await caseworker.GetAsync("suppliers?sort=shoeSize");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("$.sort", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The supplier sees its own record and nobody else's; the other supplier's page is 404 like an unknown one.
        Assert.Equal(HttpStatusCode.OK, (await supplier.GetAsync("suppliers/SUP-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync("suppliers/SUP-2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync("suppliers/SUP-NOBODY")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.GetAsync("suppliers")).StatusCode);

        // The evidence pack holds the figures and hashes and no worker reference, summary or reason.
        var pack = await caseworker.GetAsync("suppliers/SUP-1/evidence-pack");
        Assert.Equal("application/pdf", pack.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await pack.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        var dense = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var verify = await caseworker.GetFromJsonAsync<JsonElement>($"cases/{first}/timeline/verify");
        Assert.Contains(verify.GetProperty("headHash").GetString()![..32], dense, StringComparison.Ordinal);
        foreach (var expected in new[] { first, repeat, "intact", "PENANG circuits", "CCS-A", "Crown Commercial Service", "3600.00" })
        {
            Assert.Contains(string.Concat(expected.Where(c => !char.IsWhiteSpace(c))), dense, StringComparison.Ordinal);
        }

        foreach (var caseId in new[] { first, repeat })
        {
            var workers = await caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}/workers");
            foreach (var line in workers.GetProperty("items").EnumerateArray())
            {
                Assert.DoesNotContain(line.GetProperty("ref").GetString()!, text, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain(rejected, dense, StringComparison.Ordinal);
        Assert.DoesNotContain("Kathmandu", text, StringComparison.Ordinal);
        Assert.DoesNotContain("refused to repay", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.GetAsync("suppliers/SUP-1/evidence-pack")).StatusCode);

        // The record for a modern slavery statement: CSV and XLSX by Accept; a supplier may export its own.
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "suppliers/SUP-1/record") { Headers = { { "Accept", "text/csv" } } };
        var csv = await supplier.SendAsync(csvRequest);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("3600.00", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var xlsxRequest = new HttpRequestMessage(HttpMethod.Get, "suppliers/SUP-1/record")
        {
            Headers = { { "Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } },
        };
        Assert.Equal(HttpStatusCode.OK, (await caseworker.SendAsync(xlsxRequest)).StatusCode);
        using var pdfRequest = new HttpRequestMessage(HttpMethod.Get, "suppliers/SUP-1/record") { Headers = { { "Accept", "application/pdf" } } };
        Assert.Equal(HttpStatusCode.NotAcceptable, (await caseworker.SendAsync(pdfRequest)).StatusCode);
    }
}
