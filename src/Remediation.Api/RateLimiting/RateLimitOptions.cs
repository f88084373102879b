namespace Remediation.Api.RateLimiting;

/// <summary>
/// Rate limits of the API on both hosts (section <c>Remediation:RateLimit</c>): token buckets per client address
/// (every request, before its key is looked at), per authenticated key, and for failed authentications per client
/// address (so random keys cannot make the server read its key table without bound).
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Remediation:RateLimit";

    /// <summary>Requests per second an API key may send, after <see cref="Burst"/>.</summary>
    public int PermitsPerSecond { get; set; } = 50;

    public int Burst { get; set; } = 200;

    /// <summary>Requests per second from one client address, whatever the key (several keys may share an office).</summary>
    public int AddressPermitsPerSecond { get; set; } = 100;

    public int AddressBurst { get; set; } = 400;

    /// <summary>Requests with a missing, unknown or expired key per minute from one client address.</summary>
    public int FailedAuthenticationsPerMinute { get; set; } = 60;

    /// <summary>
    /// The header that carries the client's address when a front end (the Functions platform, a gateway) sits
    /// between: its last entry is taken (the one the trusted front end added). Empty: the connection's address.
    /// </summary>
    public string ClientAddressHeader { get; set; } = string.Empty;

    public IEnumerable<string> Problems()
    {
        foreach (var (name, value) in new[]
                 {
                     (nameof(PermitsPerSecond), PermitsPerSecond), (nameof(Burst), Burst), (nameof(AddressPermitsPerSecond), AddressPermitsPerSecond),
                     (nameof(AddressBurst), AddressBurst), (nameof(FailedAuthenticationsPerMinute), FailedAuthenticationsPerMinute),
                 })
        {
            if (value < 1)
            {
                yield return $"{SectionName}:{name} must be at least 1 (got {value}).";
            }
        }
    }
}
