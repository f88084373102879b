using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Remediation.Api.Tests.Builders;
using Remediation.Domain.Parties;
using Xunit.Abstractions;

namespace Remediation.Api.Tests.Http;

/// <summary>Errors a partner can act on: every bad field with what was expected, 404/405/500 as problems of this API's own types.</summary>
public class ContractErrorTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_body_with_three_wrongly_typed_fields_lists_all_three_with_the_expected_format()
    {
        await using var server = await ApiServer.StartAsync();
        var body = JsonSerializer.Serialize(Bodies.Grievance("THREE-WRONG"), Web)
            .Replace("\"priority\":\"standard\"", "\"priority\":\"urgent\"", StringComparison.Ordinal)
            .Replace("\"hiredOn\":\"2016-03-01\"", "\"hiredOn\":\"01/03/2016\"", StringComparison.Ordinal)
            .Replace("\"amount\":20000.5", "\"amount\":\"20000.5\"", StringComparison.Ordinal);

        var response = await server.Client(server.Keys.Partner).PostAsync("cases", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        output.WriteLine(text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.Contains("one of [standard, priority]", errors["$.priority"], StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", errors["$.workers[0].hiredOn"], StringComparison.Ordinal);
        Assert.Contains("JSON number", errors["$.workers[0].fees[0].amount"], StringComparison.Ordinal);
        Assert.Contains("/api/v1/problems/validation", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triage_without_accept_is_400_naming_accept_and_the_case_stays_in_triage()
    {
        await using var server = await ApiServer.StartAsync();
        var caseId = await OpenAsync(server);

        var response = await server.Client(server.Keys.Caseworker).PostAsJsonAsync($"cases/{caseId}/triage", new { reason = "Looks unfounded." });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal("$.accept", error.GetProperty("path").GetString());
        Assert.Contains("true or false", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Triage", (await server.WaitForAsync(caseId, _ => true, "the case")).Stage);
    }

    [Fact]
    public async Task An_unknown_enum_value_in_a_command_is_400_with_its_path_and_the_allowed_values()
    {
        await using var server = await ApiServer.StartAsync();
        var caseId = await OpenAsync(server);

        var response = await server.Client(server.Keys.Caseworker).PostAsJsonAsync($"cases/{caseId}/close", new { outcome = "finished" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal("$.outcome", error.GetProperty("path").GetString());
        Assert.Contains("one of [remediated, unremediated, withdrawn]", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_routes_are_404_and_wrong_methods_405_with_allow_both_as_problems()
    {
        await using var server = await ApiServer.StartAsync();
        using var caseworker = server.Client(server.Keys.Caseworker);

        var unknown = await caseworker.GetAsync("no-such-thing");
        var wrongMethod = await caseworker.DeleteAsync("cases");
        var type = await server.Client(null).GetFromJsonAsync<JsonElement>((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString()!.Replace("/api/v1/", string.Empty, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal("application/problem+json", wrongMethod.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["GET", "POST"], wrongMethod.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal(404, type.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_500_problem_with_a_trace_id_and_nothing_internal()
    {
        var parties = new Mock<IPartyStore>();
        parties.Setup(p => p.AddAsync(It.IsAny<Party>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("connection string AccountKey=secret"));
        await using var server = await ApiServer.StartAsync(configure: services => services.AddSingleton(parties.Object), issueKeys: false);

        var response = await server.Client(ApiServer.BootstrapKey).PostAsJsonAsync("admin/parties", new { kind = "partner", id = "P-500", name = "Partner" });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(text).RootElement.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_alive_and_ready_without_a_key()
    {
        await using var server = await ApiServer.StartAsync(issueKeys: false);
        using var anonymous = new HttpClient(new Remediation.Testing.ContractCheck()) { BaseAddress = new Uri(server.Address, "/") };

        var alive = await anonymous.GetFromJsonAsync<JsonElement>("healthz");
        var ready = await anonymous.GetFromJsonAsync<JsonElement>("readyz");

        Assert.Equal("alive", alive.GetProperty("status").GetString());
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal("ok", ready.GetProperty("checks").GetProperty("storage").GetString());
        Assert.Equal("ok", ready.GetProperty("checks").GetProperty("durableEngine").GetString());
    }

    [Fact]
    public async Task Excel_csv_utf8_with_a_byte_order_mark_and_semicolons_is_accepted()
    {
        await using var server = await ApiServer.StartAsync();
        var caseId = await OpenAsync(server);
        var csv = "\uFEFFref;nationality;hiredOn;employmentStatus;category;amount;currency;paidTo;paidOn\r\nW-4;MM;2016-04-01;former;recruitment_fee;20000.50;THB;\"agent; Yangon\";2015-12-01\r\n";
        var content = new ByteArrayContent(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.TrimStart('\uFEFF'))).ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var response = await server.Client(server.Keys.Partner).PostAsync($"cases/{caseId}/workers", content);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        Assert.Equal(4, (await server.WaitForAsync(caseId, c => c.Workers.Total == 4, "the fourth worker")).Workers.Total);
    }

    [Fact]
    public async Task A_wrong_header_says_which_separator_was_found()
    {
        await using var server = await ApiServer.StartAsync();
        var caseId = await OpenAsync(server);

        var response = await server.Client(server.Keys.Partner).PostAsync($"cases/{caseId}/workers", new StringContent("ref;nationality\r\nW-4;MM\r\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("CSV with ';' as separator", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workers_from_an_xlsx_workbook_are_added_and_its_problems_named_by_row_and_column()
    {
        await using var server = await ApiServer.StartAsync();
        var caseId = await OpenAsync(server);
        using var partner = server.Client(server.Keys.Partner);
        string[] header = ["ref", "nationality", "hiredOn", "employmentStatus", "category", "amount", "currency", "paidTo", "paidOn"];

        var bad = await partner.PostAsync($"cases/{caseId}/workers", Xlsx(Workbook.Of(header, ["W-5", "MM", "2016-04-01", "current", "medical", "250", "THB", "clinic", "2015-12-01"], ["W-6", "MM", "2016-04-01", "current", "medical", "lots", "THB", "clinic", "2015-12-01"])));
        var good = await partner.PostAsync($"cases/{caseId}/workers", Xlsx(Workbook.Of(header, ["W-5", "MM", "42461", "current", "medical", "250.5", "THB", "clinic", "2015-12-01"])));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("row 3, column amount", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(good.StatusCode == HttpStatusCode.Accepted, await good.Content.ReadAsStringAsync());
        var view = await server.WaitForAsync(caseId, c => c.Workers.Total == 4, "the worker from the workbook");
        Assert.Equal("60252.00", view.Totals.Single().Claimed);
    }

    [Fact]
    public async Task A_command_with_prefer_wait_answers_its_outcome_and_its_status_resource_agrees()
    {
        await using var server = await ApiServer.StartAsync();
        var caseId = await OpenAsync(server);
        using var caseworker = server.Client(server.Keys.Caseworker);

        using var note = new HttpRequestMessage(HttpMethod.Post, $"cases/{caseId}/notes") { Content = JsonContent.Create(new { text = "Called the partner." }) };
        note.Headers.Add("Prefer", "wait=5");
        note.Headers.Add("Idempotency-Key", "note-1");
        var applied = await caseworker.SendAsync(note);
        var appliedBody = await applied.Content.ReadFromJsonAsync<JsonElement>();
        var status = await caseworker.GetFromJsonAsync<JsonElement>(applied.Headers.Location!.ToString().Replace("/api/v1/", string.Empty, StringComparison.Ordinal));
        var resent = await caseworker.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"cases/{caseId}/notes") { Content = JsonContent.Create(new { text = "Called the partner." }), Headers = { { "Idempotency-Key", "note-1" } } });

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal("applied", appliedBody.GetProperty("status").GetString());
        Assert.Equal($"/api/v1/cases/{caseId}/commands/{appliedBody.GetProperty("commandId").GetString()}", applied.Headers.Location!.ToString());
        Assert.Equal(applied.Headers.Location, resent.Headers.Location);
        Assert.Equal("applied", status.GetProperty("status").GetString());
        Assert.Equal("AddNote", status.GetProperty("command").GetString());
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client(server.Keys.Partner).GetAsync(applied.Headers.Location.ToString().Replace("/api/v1/", string.Empty, StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task A_command_refused_after_it_was_queued_reports_the_refusal_on_its_status_resource()
    {
        await using var server = await ApiServer.StartAsync();
        var caseId = await OpenAsync(server);
        using var caseworker = server.Client(server.Keys.Caseworker);

        var first = await caseworker.PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-1" });
        using var second = new HttpRequestMessage(HttpMethod.Post, $"cases/{caseId}/triage") { Content = JsonContent.Create(new { accept = false, reason = "Duplicate of another grievance." }) };
        second.Headers.Add("Prefer", "wait=10");
        var secondResponse = await caseworker.SendAsync(second);
        var problem = await secondResponse.Content.ReadFromJsonAsync<JsonElement>();

        // Whether the second was refused at once or after it was queued, the answer is the same 409.
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondResponse.StatusCode);
        Assert.Equal("/api/v1/problems/conflict", problem.GetProperty("type").GetString());
        if (secondResponse.Headers.Location is { } location)
        {
            var status = await caseworker.GetFromJsonAsync<JsonElement>(location.ToString().Replace("/api/v1/", string.Empty, StringComparison.Ordinal));
            Assert.Equal("refused", status.GetProperty("status").GetString());
            Assert.Equal(409, status.GetProperty("problem").GetProperty("status").GetInt32());
        }

        Assert.Equal("SupplierAcknowledgement", (await server.WaitForAsync(caseId, c => c.Stage != "Triage", "triage")).Stage);
    }

    private static ByteArrayContent Xlsx(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(Workbook.ContentType);
        return content;
    }

    private static async Task<string> OpenAsync(ApiServer server) =>
        (await (await server.Client(server.Keys.Partner).PostAsJsonAsync("cases", Bodies.Grievance("CONTRACT-1"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
}
