using System.Net;

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
}
