using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Http;

/// <summary>Bad requests get a 4xx problem naming what to fix, and change nothing.</summary>
public class BadInputTests
{
    public static TheoryData<string, string, string, int, string> BadIntakes() => new()
    {
        { "unknown field", "application/json", Replace("\"summary\"", "\"workerName\":\"Aung San\",\"summary\""), 400, "$.workerName" },
        { "unknown nested field", "application/json", Replace("\"nationality\"", "\"passport\":\"MA123456\",\"nationality\""), 400, "$.workers[0].passport" },
        { "wrong type", "application/json", Replace("\"priority\":\"standard\"", "\"priority\":7"), 400, "$.priority" },
        { "broken JSON", "application/json", "{\"partnerReference\": ", 400, "$.partnerReference" },
        { "amount with too many decimals", "application/json", Replace("20000.5", "100.001").Replace("\"THB\"", "\"USD\"", StringComparison.Ordinal), 400, "$.workers[0].fees[0].amount" },
        { "negative amount", "application/json", Replace("20000.5", "-5"), 400, "$.workers[0].fees[0].amount" },
        { "unknown currency", "application/json", Replace("\"THB\"", "\"XYZ\""), 400, "$.workers[0].fees[0].currency" },
        { "unknown country", "application/json", Replace("\"country\":\"TH\"", "\"country\":\"XX\""), 400, "$.factory.country" },
        { "date in the future", "application/json", Replace("2016-03-01", "2099-01-01"), 400, "$.workers[0].hiredOn" },
        { "date in 1900", "application/json", Replace("2015-12-01", "1900-01-01"), 400, "$.workers[0].fees[0].paidOn" },
        { "decimal overflow", "application/json", Replace("20000.5", "79228162514264337593543950336"), 400, "$.workers[0].fees[0].amount" },
        { "name as worker reference", "application/json", Replace("\"W-1\"", "\"Aung San Suu\""), 400, "$.workers[0].ref" },
        { "worker reference ending in a line feed", "application/json", Replace("\"W-1\"", "\"W-1\\n\""), 400, "$.workers[0].ref" },
        {
            "partner reference ending in a line feed", "application/json", Replace("\"BAD-INPUT-1\"", "\"BAD-INPUT-1\\n\""), 400,
            "$.partnerReference"
        },
        { "unknown supplier", "application/json", Replace("\"SUP-1\"", "\"SUP-NOBODY\""), 400, "$.supplierId" },
        { "wrong content type", "text/plain", Grievance(), 415, "" },
    };

    [Theory]
    [MemberData(nameof(BadIntakes))]
    public async Task A_bad_intake_is_refused_with_the_field_to_fix_and_creates_nothing(string what, string contentType, string body, int status, string path)
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);

        var response = await partner.PostAsync("cases", new StringContent(body, Encoding.UTF8, contentType));

        Assert.True(status == (int)response.StatusCode, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (path.Length > 0)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == path);
        }

        var list = await server.Client(server.Keys.Caseworker).GetFromJsonAsync<JsonElement>("cases");
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, (await partner.PostAsync("cases", new StringContent(Grievance(), Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task Workers_added_with_a_line_feed_after_their_reference_are_refused_and_the_case_goes_on()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = await OpenAsync(server);
        var worker = new
        {
            @ref = "TW-NL-1\n", nationality = "MM", hiredOn = "2016-03-01", employmentStatus = "current", fees = Array.Empty<object>(),
        };

        var response = await partner.PostAsJsonAsync($"cases/{caseId}/workers", new { workers = new[] { worker } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("path").GetString() == "$.workers[0].ref");
        partner.DefaultRequestHeaders.Add("Prefer", "wait=10");
        Assert.Equal(
            HttpStatusCode.OK,
            (await partner.PostAsJsonAsync($"cases/{caseId}/notes", new { text = "Interviews continue next week." })).StatusCode);
        Assert.Equal(3, (await server.WaitForAsync(caseId, _ => true, "the case")).Workers.Total);
    }

    [Theory]
    [InlineData("cases/C-1%0A")]
    [InlineData("cases/C%231/timeline")]
    [InlineData("cases/C-1/evidence/ev%0D%0A")]
    [InlineData("cases/C-1/commands/a%27b")]
    public async Task An_id_no_resource_can_have_is_404_before_it_reaches_storage(string path)
    {
        await using var server = await ApiServer.StartAsync();
        using var caseworker = server.Client(server.Keys.Caseworker);

        var response = await caseworker.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        await using var server = await ApiServer.StartAsync();
        using var caseworker = server.Client(server.Keys.Caseworker);
        var caseId = await OpenAsync(server);

        var response = await caseworker.PostAsync($"cases/{caseId}/notes", new StringContent("{\"text\":\"" + new string('x', 70 * 1024) + "\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_workers_csv_with_a_formula_is_refused_by_row_and_column_before_anything_is_added()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = await OpenAsync(server);

        var response = await partner.PostAsync($"cases/{caseId}/workers", new StringContent("ref,nationality,hiredOn,employmentStatus,category,amount,currency,paidTo,paidOn\r\nW-9,MM,2016-01-01,current,medical,1,THB,=1+2,2016-01-01\r\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(("row 2, column paidTo", 2, "paidTo"), (error.GetProperty("path").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal(3, (await server.WaitForAsync(caseId, _ => true, "the case")).Workers.Total);
    }

    [Fact]
    public async Task A_payment_beyond_what_is_owed_is_422_and_records_nothing()
    {
        await using var server = await ApiServer.StartAsync();
        var caseId = await OpenAsync(server);
        using var caseworker = server.Client(server.Keys.Caseworker);
        using var supplier = server.Client(server.Keys.Supplier);
        await caseworker.PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-1" });
        await server.WaitForAsync(caseId, c => c.Stage == "SupplierAcknowledgement", "triage");
        await supplier.PostAsync($"cases/{caseId}/acknowledgement", null);
        await server.WaitForAsync(caseId, c => c.Stage == "Investigation", "acknowledgement");
        await supplier.PostAsJsonAsync($"cases/{caseId}/findings", Bodies.Findings(3));
        await server.WaitForAsync(caseId, c => c.FindingsAwaitingDecision, "findings");
        await caseworker.PostAsJsonAsync($"cases/{caseId}/findings/decision", new { accept = true });
        await server.WaitForAsync(caseId, c => c.Stage == "RemediationPlan", "accepted findings");
        await supplier.PostAsJsonAsync($"cases/{caseId}/plan", Bodies.Plan(3, DateTimeOffset.UtcNow.AddDays(10), DateTimeOffset.UtcNow.AddDays(20)));
        await server.WaitForAsync(caseId, c => c.PlanAwaitingDecision, "plan");
        await caseworker.PostAsJsonAsync($"cases/{caseId}/plan/decision", new { approve = true });
        await server.WaitForAsync(caseId, c => c.Stage == "Reimbursement", "approved plan");

        var response = await supplier.PostAsync($"cases/{caseId}/payments", new StringContent("ref,paymentId,amount,currency,paidOn,method\r\nW-1,p-1,20000.50,THB,2026-01-15,bank_transfer\r\nW-2,p-2,20000.51,THB,2026-01-15,bank_transfer\r\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("more than the 20000.5 THB confirmed and still unpaid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var view = await server.WaitForAsync(caseId, _ => true, "the case");
        Assert.Equal("0.00", view.Totals.Single().Paid);
    }

    private static async Task<string> OpenAsync(ApiServer server)
    {
        var response = await server.Client(server.Keys.Partner).PostAsync("cases", new StringContent(Grievance(), Encoding.UTF8, "application/json"));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static string Grievance() => JsonSerializer.Serialize(Bodies.Grievance("BAD-INPUT-1"), Web);

    private static string Replace(string from, string to) => Grievance().Replace(from, to, StringComparison.Ordinal);
}
