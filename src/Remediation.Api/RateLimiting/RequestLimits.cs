using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Remediation.Api.RateLimiting;

/// <summary>
/// The API's rate limits, the same on both hosts (each instance keeps its own buckets): one per client address for
/// every request, one per authenticated key id (never the raw Authorization header, which a caller can spell many
/// ways), and a stricter one per client address for failed authentications. Over a limit: 429 with Retry-After.
/// </summary>
public sealed class RequestLimits : IDisposable
{
    private readonly RateLimitOptions options;
    private readonly PartitionedRateLimiter<string> byAddress;
    private readonly PartitionedRateLimiter<string> byKey;
    private readonly PartitionedRateLimiter<string> failures;

    public RequestLimits(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        byAddress = Buckets(this.options.AddressPermitsPerSecond, this.options.AddressBurst, TimeSpan.FromSeconds(1));
        byKey = Buckets(this.options.PermitsPerSecond, this.options.Burst, TimeSpan.FromSeconds(1));
        failures = Buckets(this.options.FailedAuthenticationsPerMinute, this.options.FailedAuthenticationsPerMinute, TimeSpan.FromMinutes(1));
    }

    /// <summary>Null when the client address may send another request; otherwise the seconds to wait.</summary>
    public int? ForAddress(HttpRequest request) => Acquire(byAddress, AddressOf(request));

    /// <summary>Null when the key may send another request; otherwise the seconds to wait.</summary>
    public int? ForKey(string keyId) => Acquire(byKey, keyId);

    /// <summary>Counts a failed authentication; null while the address has failures left, otherwise the seconds to wait.</summary>
    public int? ForFailedAuthentication(HttpRequest request) => Acquire(failures, AddressOf(request));

    /// <summary>Whether the address already used up its failed authentications (then its keys are not even looked up).</summary>
    public bool IsLockedOut(HttpRequest request)
    {
        using var lease = failures.AttemptAcquire(AddressOf(request), 0);
        return !lease.IsAcquired;
    }

    public void Dispose()
    {
        byAddress.Dispose();
        byKey.Dispose();
        failures.Dispose();
    }

    /// <summary>The client's address: the connection's, or the last entry of the configured forwarding header.</summary>
    public string AddressOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (options.ClientAddressHeader.Length > 0 && request.Headers[options.ClientAddressHeader].ToString() is { Length: > 0 } forwarded)
        {
            var last = forwarded.Split(',')[^1].Trim();
            return IPEndPoint.TryParse(last, out var endpoint)
                ? endpoint.Address.ToString()
                : IPAddress.TryParse(last, out var address) ? address.ToString() : last;
        }

        return request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    private static PartitionedRateLimiter<string> Buckets(int permits, int burst, TimeSpan period) =>
        PartitionedRateLimiter.Create<string, string>(partition =>
            RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(burst, permits),
                TokensPerPeriod = permits,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    private static int? Acquire(PartitionedRateLimiter<string> limiter, string partition)
    {
        using var lease = limiter.AttemptAcquire(partition);
        return lease.IsAcquired
            ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
    }
}
