using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Remediation.Api.Problems;

namespace Remediation.Server.RateLimiting;

/// <summary>
/// Per-API-key rate limiting of the standalone server (section <c>Remediation:RateLimit</c>): a token bucket per
/// key (requests without a key share one per client address). Over the limit: 429 with Retry-After. In Azure the
/// same job belongs in front of the Functions app (API Management or Front Door rules): see docs/decisions.md.
/// </summary>
public static class ApiKeyRateLimiting
{
    public const string SectionName = "Remediation:RateLimit";

    public static IServiceCollection AddApiKeyRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var perSecond = section.GetValue("PermitsPerSecond", 50);
        var burst = section.GetValue("Burst", 200);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(
                PartitionOf(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problem.TooManyRequests(seconds).ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
            };
        });
        return services;
    }

    /// <summary>The key's hash (the key itself is never kept), or the client address for requests without one.</summary>
    private static string PartitionOf(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        return authorization.Length > 0
            ? "key:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(authorization)))[..32]
            : "address:" + context.Connection.RemoteIpAddress;
    }
}
