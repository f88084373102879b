using System.Net;
using System.Net.Http.Headers;

namespace Remediation.Server.Tests;

public class RateLimitTests
{
    [Fact]
    public async Task A_key_that_sends_too_many_requests_gets_429_with_retry_after_while_another_key_is_served()
    {
        await using var server = await ServerProcess.StartAsync(rateLimit: (PerSecond: 2, Burst: 5));
        using var busy = server.Client(ServerProcess.AdminKey);
        using var other = server.Client("some-other-key-that-is-not-valid");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => busy.GetAsync("cases")));
        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        var otherKey = await other.GetAsync("cases");

        Assert.InRange(limited.Count, 10, 18);
        Assert.All(limited, r => Assert.NotNull(r.Headers.RetryAfter));
        Assert.All(limited, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.Unauthorized, otherKey.StatusCode);
    }

    [Fact]
    public async Task A_key_spelled_another_way_in_the_header_is_the_same_key_and_shares_its_limit()
    {
        await using var server = await ServerProcess.StartAsync(rateLimit: (PerSecond: 1, Burst: 4));
        using var client = new HttpClient { BaseAddress = server.Address };
        string[] spellings = ["Bearer", "bearer", "BEARER", "Bearer  ", "bEaReR"];

        var responses = new List<HttpResponseMessage>();
        foreach (var spelling in Enumerable.Range(0, 20).Select(i => spellings[i % spellings.Length]))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "cases");
            request.Headers.TryAddWithoutValidation("Authorization", $"{spelling} {ServerProcess.AdminKey}");
            responses.Add(await client.SendAsync(request));
        }

        Assert.InRange(responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests), 10, 16);
    }

    [Fact]
    public async Task An_address_that_keeps_sending_keys_that_are_not_valid_is_told_to_wait_and_not_looked_up_any_more()
    {
        await using var server = await ServerProcess.StartAsync(
            settings: new Dictionary<string, string> { ["Remediation__RateLimit__FailedAuthenticationsPerMinute"] = "5" });
        using var client = new HttpClient { BaseAddress = server.Address };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "cases");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", $"rk_random-{Guid.NewGuid():N}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}
