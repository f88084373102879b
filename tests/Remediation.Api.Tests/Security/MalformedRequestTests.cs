using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remediation.Api.Tests.Builders;
using Xunit.Abstractions;

namespace Remediation.Api.Tests.Security;

/// <summary>
/// A corpus of malformed requests against every kind of route. Each gets a 4xx problem+json, and a snapshot of every
/// table and container before and after shows that nothing changed.
/// </summary>
public class MalformedRequestTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private sealed record Bad(string What, string Key, string Method, string Route, string ContentType, string Body);

    [Fact]
    public async Task Every_malformed_request_is_refused_with_a_problem_and_changes_nothing()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = (await (await partner.PostAsJsonAsync("cases", Bodies.Grievance("CORPUS-1"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
        await server.Client(server.Keys.Caseworker).PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-1" });
        await server.WaitForAsync(caseId, c => c.Stage == "SupplierAcknowledgement", "triage");
        await server.Client(server.Keys.Supplier).PostAsync($"cases/{caseId}/acknowledgement", null);
        await server.WaitForAsync(caseId, c => c.Stage == "Investigation", "acknowledgement");
        var corpus = Corpus(server.Keys, caseId);
        var before = await StorageSnapshot.QuietAsync(server);

        var failures = new List<string>();
        foreach (var bad in corpus)
        {
            using var client = server.Client(bad.Key);
            using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Route);
            if (bad.Method != "GET")
            {
                request.Content = new StringContent(bad.Body, Encoding.UTF8);
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(bad.ContentType);
            }

            if (bad.What.StartsWith("idempotency key", StringComparison.Ordinal))
            {
                request.Headers.TryAddWithoutValidation("Idempotency-Key", "not valid!");
            }

            var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status is < 400 or >= 500 || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{bad.What}: {status} {response.Content.Headers.ContentType?.MediaType} {await response.Content.ReadAsStringAsync()}");
            }
        }

        var after = await StorageSnapshot.TakeAsync(server);
        output.WriteLine($"{corpus.Count} malformed requests sent; {before.Count} stored rows and blobs compared before and after");
        Assert.True(corpus.Count >= 60, $"only {corpus.Count} cases in the corpus");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, after);
    }

    private static List<Bad> Corpus(Keys keys, string caseId)
    {
        var grievance = JsonSerializer.Serialize(Bodies.Grievance("CORPUS-2"), Web);
        string Intake(string from, string to) => grievance.Replace(from, to, StringComparison.Ordinal);
        var list = new List<Bad>();
        void IntakeCase(string what, string body, string contentType = "application/json") => list.Add(new(what, keys.Partner, "POST", "cases", contentType, body));
        void Command(string what, string key, string route, string body, string contentType = "application/json") => list.Add(new(what, key, "POST", $"cases/{caseId}/{route}", contentType, body));

        IntakeCase("unknown top-level field", Intake("\"summary\"", "\"workerName\":\"x\",\"summary\""));
        IntakeCase("unknown nested field", Intake("\"nationality\"", "\"passportNo\":\"x\",\"nationality\""));
        IntakeCase("unknown fee field", Intake("\"paidTo\"", "\"phone\":\"x\",\"paidTo\""));
        IntakeCase("partnerReference as number", Intake("\"partnerReference\":\"CORPUS-2\"", "\"partnerReference\":42"));
        IntakeCase("factory as string", Intake("\"factory\":{", "\"factory\":\"x\",\"f\":{"));
        IntakeCase("workers as object", Intake("\"workers\":[", "\"workers\":{\"a\":[") + "}");
        IntakeCase("amount as text", Intake("20000.5", "\"lots\""));
        IntakeCase("amount as boolean", Intake("20000.5", "true"));
        IntakeCase("date as words", Intake("2016-03-01", "yesterday"));
        IntakeCase("priority as number", Intake("\"priority\":\"standard\"", "\"priority\":7"));
        IntakeCase("truncated JSON", grievance[..(grievance.Length / 2)]);
        IntakeCase("trailing comma", grievance[..^1] + ",}");
        IntakeCase("comment in JSON", "/* hi */" + grievance);
        IntakeCase("single quotes", grievance.Replace('"', '\''));
        IntakeCase("NaN amount", Intake("20000.5", "NaN"));
        IntakeCase("JSON array body", "[" + grievance + "]");
        IntakeCase("JSON null body", "null");
        IntakeCase("empty body", string.Empty);
        IntakeCase("decimal overflow", Intake("20000.5", "79228162514264337593543950336"));
        IntakeCase("zero amount", Intake("20000.5", "0"));
        IntakeCase("negative amount", Intake("20000.5", "-1"));
        IntakeCase("three decimals in USD", Intake("20000.5", "100.001").Replace("\"THB\"", "\"USD\"", StringComparison.Ordinal));
        IntakeCase("decimals in JPY", Intake("20000.5", "1.5").Replace("\"THB\"", "\"JPY\"", StringComparison.Ordinal));
        IntakeCase("unknown currency", Intake("\"THB\"", "\"XYZ\""));
        IntakeCase("lowercase currency", Intake("\"THB\"", "\"thb\""));
        IntakeCase("unknown country", Intake("\"country\":\"TH\"", "\"country\":\"XX\""));
        IntakeCase("three-letter country", Intake("\"country\":\"TH\"", "\"country\":\"THA\""));
        IntakeCase("date in the future", Intake("2016-03-01", "2099-03-01"));
        IntakeCase("date in 1900", Intake("2016-03-01", "1900-03-01"));
        IntakeCase("huge summary", Intake("Myanmar workers", new string('x', 5000)));
        IntakeCase("control characters in summary", Intake("Myanmar workers", "Myanmar\\u0007 workers"));
        IntakeCase("e-mail in summary", Intake("Myanmar workers", "Mail someone@example.org, Myanmar workers"));
        IntakeCase("phone number in paidTo", Intake("\"paidTo\":\"agent\"", "\"paidTo\":\"agent +95 9 420 123456\""));
        IntakeCase("duplicate worker refs", Intake("\"W-2\"", "\"W-1\""));
        IntakeCase("name as worker ref", Intake("\"W-1\"", "\"Aung San Suu Kyi\""));
        IntakeCase("control character in worker ref", Intake("\"W-1\"", "\"W-\\u0000\""));
        IntakeCase("no workers", Intake("\"workers\":[", "\"workers\":[],\"x\":["));
        IntakeCase("unknown indicator", Intake("\"debt_bondage\"", "\"bad_vibes\""));
        IntakeCase("unknown supplier", Intake("\"SUP-1\"", "\"SUP-NOBODY\""));
        IntakeCase("wrong content type text/plain", grievance, "text/plain");
        IntakeCase("wrong content type xml", "<case/>", "application/xml");
        IntakeCase("oversize body", Intake("Myanmar workers", new string('x', 9 * 1024 * 1024)));

        Command("triage with unknown field", keys.Caseworker, "notes", "{\"text\":\"ok\",\"workerPhone\":\"1\"}");
        Command("note too long", keys.Caseworker, "notes", JsonSerializer.Serialize(new { text = new string('n', 4001) }));
        Command("note with control characters", keys.Caseworker, "notes", "{\"text\":\"bell\\u0007\"}");
        Command("note with passport number", keys.Partner, "notes", "{\"text\":\"Passport MA1234567 kept by the agent.\"}");
        Command("retaliation with e-mail", keys.Partner, "retaliation-reports", "{\"description\":\"Write to victim@example.org\"}");
        Command("findings decision before findings", keys.Caseworker, "findings/decision", "{\"accept\":true}");
        Command("findings with unknown basis", keys.Supplier, "findings", "{\"basis\":\"vibes\",\"rootCause\":\"x\",\"workers\":[{\"ref\":\"W-1\",\"confirmed\":[]}]}");
        Command("findings with negative amount", keys.Supplier, "findings", "{\"basis\":\"zero_fee\",\"rootCause\":\"x\",\"workers\":[{\"ref\":\"W-1\",\"confirmed\":[{\"category\":\"medical\",\"amount\":-5,\"currency\":\"THB\"}]}]}");
        Command("findings for an unknown worker", keys.Supplier, "findings", "{\"basis\":\"zero_fee\",\"rootCause\":\"x\",\"workers\":[{\"ref\":\"W-404\",\"confirmed\":[]}]}");
        Command("findings citing unknown evidence", keys.Supplier, "findings", "{\"basis\":\"zero_fee\",\"rootCause\":\"x\",\"evidenceIds\":[\"ev-nope\"],\"workers\":[{\"ref\":\"W-1\",\"confirmed\":[]}]}");
        Command("payments in the wrong stage", keys.Supplier, "payments", "{\"payments\":[{\"ref\":\"W-1\",\"paymentId\":\"p1\",\"amount\":1,\"currency\":\"THB\",\"paidOn\":\"2026-01-01\",\"method\":\"cash\"}]}");
        Command("payments CSV with =formula", keys.Supplier, "payments", "ref,paymentId,amount,currency,paidOn,method\r\nW-1,p1,1,THB,2026-01-01,=1+1\r\n", "text/csv");
        Command("payments CSV with @formula", keys.Supplier, "payments", "ref,paymentId,amount,currency,paidOn,method\r\nW-1,p1,1,THB,2026-01-01,@SUM(A1)\r\n", "text/csv");
        Command("payments CSV with +formula", keys.Supplier, "payments", "ref,paymentId,amount,currency,paidOn,method\r\nW-1,+1,1,THB,2026-01-01,cash\r\n", "text/csv");
        Command("payments CSV with wrong header", keys.Supplier, "payments", "worker,amount\r\nW-1,1\r\n", "text/csv");
        Command("payments CSV with an open quote", keys.Supplier, "payments", "ref,paymentId,amount,currency,paidOn,method\r\n\"W-1,p1,1,THB,2026-01-01,cash\r\n", "text/csv");
        Command("payments CSV with a ragged row", keys.Supplier, "payments", "ref,paymentId,amount,currency,paidOn,method\r\nW-1,p1,1,THB\r\n", "text/csv");
        Command("workers CSV with formula in ref", keys.Partner, "workers", "ref,nationality,hiredOn,employmentStatus,category,amount,currency,paidTo,paidOn\r\n=cmd,MM,2016-01-01,current,medical,1,THB,x,2016-01-01\r\n", "text/csv");
        Command("workers JSON duplicating a ref", keys.Partner, "workers", "{\"workers\":[{\"ref\":\"W-1\",\"nationality\":\"MM\",\"employmentStatus\":\"current\",\"fees\":[]}]}");
        Command("deadline extension into the past", keys.Caseworker, "deadline-extensions", "{\"newDeadline\":\"2020-01-01T00:00:00Z\",\"reason\":\"x\"}");
        Command("close as rejected", keys.Caseworker, "close", "{\"outcome\":\"rejected\",\"reason\":\"x\"}");
        Command("close with unknown outcome", keys.Caseworker, "close", "{\"outcome\":\"done\"}");
        Command("plan in the wrong stage", keys.Supplier, "plan", "{\"instalments\":[]}");
        Command("decision with wrong types", keys.Caseworker, "plan/decision", "{\"approve\":\"yes\"}");
        Command("idempotency key with spaces", keys.Caseworker, "notes", "{\"text\":\"fine\"}");
        Command("evidence with a lying content type", keys.Partner, "evidence", "\u0089PNG\r\n\u001a\n", "application/pdf");
        Command("evidence of an unknown type", keys.Partner, "evidence", "MZ\u0090", "application/octet-stream");
        Command("command as text/plain", keys.Caseworker, "notes", "text=hello", "text/plain");
        list.Add(new("list with unknown stage", keys.Caseworker, "GET", "cases?stage=Nope", string.Empty, string.Empty));
        list.Add(new("list with page size 0", keys.Caseworker, "GET", "cases?pageSize=0", string.Empty, string.Empty));
        list.Add(new("list with a forged token", keys.Caseworker, "GET", "cases?continuationToken=djEKY2FzZXM6eHh4CmFiYw", string.Empty, string.Empty));
        list.Add(new("list with escalation level 9", keys.Caseworker, "GET", "cases?minEscalationLevel=9", string.Empty, string.Empty));
        list.Add(new("party of an unknown kind", keys.Admin, "POST", "admin/parties", "application/json", "{\"kind\":\"alien\",\"id\":\"X\",\"name\":\"X\"}"));
        list.Add(new("party id with spaces", keys.Admin, "POST", "admin/parties", "application/json", "{\"kind\":\"partner\",\"id\":\"a b\",\"name\":\"X\"}"));
        list.Add(new("key for an unknown role", keys.Admin, "POST", "admin/api-keys", "application/json", "{\"role\":\"god\"}"));
        list.Add(new("key for an unknown partner", keys.Admin, "POST", "admin/api-keys", "application/json", "{\"role\":\"partner\",\"partyId\":\"NOBODY\"}"));
        list.Add(new("key expiring in the past", keys.Admin, "POST", "admin/api-keys", "application/json", "{\"role\":\"caseworker\",\"expiresOn\":\"2020-01-01T00:00:00Z\"}"));
        return list;
    }
}
