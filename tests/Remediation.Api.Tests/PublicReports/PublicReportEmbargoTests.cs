using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.PublicReports;

/// <summary>Public reports over real HTTP: the embargo, the public page without a key, and the small-cell rule end to end.</summary>
public class PublicReportEmbargoTests
{
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement> PrepareAsync(HttpClient caseworker, object body)
    {
        var prepared = await caseworker.PostAsJsonAsync("public-reports", body);
        Assert.Equal(HttpStatusCode.Created, prepared.StatusCode);
        return await prepared.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Figure(JsonElement set, string name) =>
        set.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);

    [Fact]
    public async Task A_report_is_404_to_the_public_until_released_then_served_without_a_key_as_html_and_json()
    {
        await using var server = await ApiServer.StartAsync();
        using var caseworker = server.Client(server.Keys.Caseworker);
        using var anonymous = new HttpClient { BaseAddress = new Uri(server.Address, "/public/reports/") };
        for (var i = 0; i < 4; i++)
        {
            await server.OpenAcceptedAsync($"PUB-{i}", Bodies.Grievance($"PUB-{i}", workers: 3));
        }

        var report = await PrepareAsync(caseworker, new { from = "2026-01-01", to = Today, suppliers = new[] { "SUP-1" } });
        var id = report.GetProperty("id").GetString()!;
        Assert.Equal("draft", report.GetProperty("status").GetString());
        Assert.EndsWith($"/public/reports/{id}", report.GetProperty("publicUrl").GetString(), StringComparison.Ordinal);

        var embargoed = await anonymous.GetAsync(id);
        var unknown = await anonymous.GetAsync("pr-0000000000000000deadbeef");
        var malformed = await anonymous.GetAsync("..%2F..%2Fetc");
        foreach (var refused in new[] { embargoed, unknown, malformed })
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(
            (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
            (await embargoed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var released = await caseworker.PostAsync($"public-reports/{id}/release", null);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsync($"public-reports/{id}/release", null)).StatusCode);

        var html = await anonymous.GetAsync(id);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("Accept", html.Headers.Vary);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("Recruitment fee remediation", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);

        using var asJson = new HttpRequestMessage(HttpMethod.Get, id) { Headers = { { "Accept", "application/json" } } };
        var json = await (await anonymous.SendAsync(asJson)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("released", json.GetProperty("status").GetString());
        Assert.Equal("4", Figure(json.GetProperty("overall"), "cases").GetProperty("value").GetString());

        // Nothing in it names a worker, a partner or a case.
        var text = json.GetRawText() + page;
        foreach (var forbidden in new[] { "W-1", "PART-1", "PUB-0", "C-20", "Myanmar workers" })
        {
            Assert.DoesNotContain(forbidden, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_figure_resting_on_9_workers_is_withheld_and_on_10_published()
    {
        await using var server = await ApiServer.StartAsync();
        using var caseworker = server.Client(server.Keys.Caseworker);
        for (var i = 0; i < 3; i++)
        {
            await server.OpenAcceptedAsync($"CELL-{i}", Bodies.Grievance($"CELL-{i}", workers: 3));
        }

        await AcceptedInFactsAsync(caseworker, 3);
        var nine = await PrepareAsync(caseworker, new { from = "2026-01-01", to = Today });
        var withheld = Figure(nine.GetProperty("overall"), "cases");
        Assert.False(withheld.TryGetProperty("value", out _));
        Assert.Contains("fewer than 10 workers or 3 cases", withheld.GetProperty("withheld").GetString(), StringComparison.Ordinal);

        await server.OpenAcceptedAsync("CELL-3", Bodies.Grievance("CELL-3", workers: 1));
        await AcceptedInFactsAsync(caseworker, 4);
        var ten = await PrepareAsync(caseworker, new { from = "2026-01-01", to = Today });
        Assert.Equal("4", Figure(ten.GetProperty("overall"), "cases").GetProperty("value").GetString());
    }

    /// <summary>The report facts follow a case's save: wait until the dashboard counts the accepted cases.</summary>
    private static async Task AcceptedInFactsAsync(HttpClient caseworker, int cases)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var summary = await caseworker.GetFromJsonAsync<JsonElement>("reports/summary");
            if (summary.GetProperty("cases").GetInt32() == cases && !summary.GetProperty("casesByStage").TryGetProperty("Triage", out _))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < until, $"The report facts did not count {cases} accepted cases: {summary}");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_bad_report_request_lists_every_bad_field_and_stores_nothing()
    {
        await using var server = await ApiServer.StartAsync();
        using var caseworker = server.Client(server.Keys.Caseworker);
        var bad = await caseworker.PostAsJsonAsync("public-reports", new
        {
            from = "2026-12-31", to = "2026-01-01", suppliers = new[] { "bad id!" }, nameFactories = new[] { "not-a-key" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        foreach (var path in new[] { "$.to", "$.suppliers[0]", "$.nameFactories[0]" })
        {
            Assert.Contains(path, problem, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await caseworker.PostAsJsonAsync("public-reports", new { from = "2026-01-01", to = Today, extra = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await caseworker.PostAsJsonAsync("public-reports", new { from = "2026-01-01", to = Today, suppliers = new[] { "SUP-NOBODY" } })).StatusCode);
        var list = await caseworker.GetFromJsonAsync<JsonElement>("public-reports");
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }
}
