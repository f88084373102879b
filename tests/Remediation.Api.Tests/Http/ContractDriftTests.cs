using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Remediation.Api.Tests.Builders;
using Remediation.Testing;

namespace Remediation.Api.Tests.Http;

/// <summary>
/// The check every API test runs on every response it receives: a field renamed in code but not in the committed
/// document fails it. Shown here on a real response of the running API, once as it is and once with one field renamed.
/// </summary>
public class ContractDriftTests
{
    [Fact]
    public async Task A_field_renamed_in_a_real_response_fails_the_contract_check_that_every_api_test_runs()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = (await (await partner.PostAsJsonAsync("cases", Bodies.Grievance("DRIFT-1"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
        using var plain = new HttpClient { BaseAddress = server.Address };
        plain.DefaultRequestHeaders.Authorization = partner.DefaultRequestHeaders.Authorization;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Address, $"cases/{caseId}"));
        using var response = await plain.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        await ContractCheck.CheckAsync(request, Respond(response, body));
        body["stageName"] = body["stage"]!.DeepClone();
        body.Remove("stage");
        var drift = await Assert.ThrowsAsync<ContractViolation>(() => ContractCheck.CheckAsync(request, Respond(response, body)));

        Assert.Contains("stage", drift.Message, StringComparison.Ordinal);
    }

    private static HttpResponseMessage Respond(HttpResponseMessage original, JsonObject body) =>
        new(original.StatusCode) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), RequestMessage = original.RequestMessage };
}
