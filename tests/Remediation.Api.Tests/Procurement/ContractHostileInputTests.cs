using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Procurement;

/// <summary>What a careless or hostile caller sends to the contract and supplier routes: a clear problem, nothing stored.</summary>
public class ContractHostileInputTests
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Bad_contracts_are_refused_with_every_bad_field_and_none_is_stored()
    {
        await using var server = await ApiServer.StartAsync();
        using var caseworker = server.Client(server.Keys.Caseworker);
        var valid = """{"id":"CCS-1","buyer":"Crown Commercial Service","supplierId":"SUP-1","valueBand":"1m-10m","valueCurrency":"GBP","startsOn":"2025-01-01"}""";

        (string Body, HttpStatusCode Status, string[] Paths)[] cases =
        [
            ("{}", HttpStatusCode.BadRequest, ["$.id", "$.buyer", "$.supplierId", "$.valueBand", "$.valueCurrency", "$.startsOn"]),
            ("null", HttpStatusCode.BadRequest, ["$"]),
            ("[]", HttpStatusCode.BadRequest, ["$"]),
            (valid.Replace("}", ",\"secret\":1}", StringComparison.Ordinal), HttpStatusCode.BadRequest, ["$.secret"]),
            (valid.Replace("CCS-1", "../../etc", StringComparison.Ordinal), HttpStatusCode.BadRequest, ["$.id"]),
            (valid.Replace("1m-10m", "priceless", StringComparison.Ordinal), HttpStatusCode.BadRequest, ["$.valueBand"]),
            (valid.Replace("GBP", "XXX", StringComparison.Ordinal), HttpStatusCode.BadRequest, ["$.valueCurrency"]),
            (valid.Replace("Crown Commercial Service", "   ", StringComparison.Ordinal), HttpStatusCode.BadRequest, ["$.buyer"]),
            (valid.Replace("Crown Commercial Service", "Crown\\u0000Service", StringComparison.Ordinal), HttpStatusCode.BadRequest, ["$.buyer"]),
            (valid.Replace("Crown Commercial Service", new string('x', 201), StringComparison.Ordinal), HttpStatusCode.BadRequest, ["$.buyer"]),
            (valid.Replace("2025-01-01", "1900-01-01", StringComparison.Ordinal), HttpStatusCode.BadRequest, ["$.startsOn"]),
            (valid.Replace("}", ",\"endsOn\":\"2024-01-01\"}", StringComparison.Ordinal), HttpStatusCode.BadRequest, ["$.endsOn"]),
            (valid.Replace("2025-01-01", "01/01/2025", StringComparison.Ordinal), HttpStatusCode.BadRequest, ["$.startsOn"]),
            (valid.Replace("SUP-1", "SUP-NOBODY", StringComparison.Ordinal), HttpStatusCode.UnprocessableEntity, ["$.supplierId"]),
            ("{" + new string(' ', 70_000) + "}", HttpStatusCode.RequestEntityTooLarge, []),
        ];

        foreach (var (body, status, paths) in cases)
        {
            var response = await caseworker.PostAsync("contracts", Json(body));
            var problem = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"{body[..Math.Min(body.Length, 80)]}: {(int)response.StatusCode} {problem}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            foreach (var path in paths)
            {
                Assert.Contains($"\"{path}\"", problem, StringComparison.Ordinal);
            }
        }

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await caseworker.PostAsync("contracts", new StringContent(valid, Encoding.UTF8, "text/plain"))).StatusCode);
        var listed = await caseworker.GetFromJsonAsync<JsonElement>("contracts");
        Assert.Empty(listed.GetProperty("items").EnumerateArray());

        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsync("contracts", Json(valid))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await caseworker.PostAsync("contracts", Json(valid))).StatusCode);
        Assert.Single((await caseworker.GetFromJsonAsync<JsonElement>("contracts?supplierId=SUP-1")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await caseworker.GetAsync("contracts?supplierId=" + new string('x', 300))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync("contracts/" + new string('x', 300))).StatusCode);
    }

    [Fact]
    public async Task Bad_supplier_queries_are_400_naming_the_parameter()
    {
        await using var server = await ApiServer.StartAsync();
        using var caseworker = server.Client(server.Keys.Caseworker);

        foreach (var (query, path) in new[]
        {
            ("sort=-nothing", "$.sort"),
            ("filter=openCases", "$.filter[0]"),
            ("filter=openCases:has:2", "$.filter[0]"),
            ("filter=openCases:ge:two", "$.filter[0]"),
            ("filter=countries:ge:MY", "$.filter[0]"),
            ("filter=countries:has:" + new string('a', 101), "$.filter[0]"),
            (string.Join('&', Enumerable.Repeat("filter=openCases:ge:1", 11)), "$.filter"),
            ("continuationToken=999999999.forged", "$.continuationToken"),
            ("pageSize=0", "$.pageSize"),
        })
        {
            var response = await caseworker.GetAsync("suppliers?" + query);
            Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{query}: {(int)response.StatusCode}");
            Assert.Contains($"\"{path}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var page = await caseworker.GetFromJsonAsync<JsonElement>("suppliers?pageSize=1&sort=name");
        var next = page.GetProperty("continuationToken").GetString()!;
        Assert.Equal(HttpStatusCode.BadRequest, (await caseworker.GetAsync($"suppliers?pageSize=1&sort=-name&continuationToken={next}")).StatusCode);
        var second = await caseworker.GetFromJsonAsync<JsonElement>($"suppliers?pageSize=1&sort=name&continuationToken={Uri.EscapeDataString(next)}");
        Assert.Equal("SUP-2", second.GetProperty("items")[0].GetProperty("id").GetString());
    }
}
