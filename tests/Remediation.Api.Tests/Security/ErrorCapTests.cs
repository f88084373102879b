using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Security;

/// <summary>A request wrong in millions of places gets a short answer: the first 100 problems and how many there are.</summary>
public class ErrorCapTests
{
    [Fact]
    public async Task Eight_megabytes_of_empty_workers_is_one_short_problem_answered_at_once()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = await server.OpenAsync("CAP-1");
        var body = new StringBuilder("{\"workers\":[{}", 8 * 1024 * 1024);
        while (body.Length < (8 * 1024 * 1024) - 8)
        {
            body.Append(",{}");
        }

        body.Append("]}");
        var clock = Stopwatch.StartNew();

        var response = await partner.PostAsync($"cases/{caseId}/workers", new StringContent(body.ToString(), Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(text.Length < 10_000, $"the problem is {text.Length} characters");
        Assert.Contains("$.workers", text, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task Five_thousand_empty_workers_list_the_first_hundred_problems_and_count_them_all()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = await server.OpenAsync("CAP-2");
        var body = "{\"workers\":[" + string.Join(",", Enumerable.Repeat("{}", 5000)) + "]}";

        var response = await partner.PostAsync($"cases/{caseId}/workers", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(100, problem.GetProperty("errors").GetArrayLength());
        var total = problem.GetProperty("errorCount").GetInt32();
        Assert.True(total >= 5000 * 3, $"errorCount {total}");
        Assert.Contains($"{total} fields", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
