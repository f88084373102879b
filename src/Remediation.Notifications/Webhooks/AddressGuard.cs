using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Remediation.Domain.Notifications;

namespace Remediation.Notifications.Webhooks;

/// <summary>
/// Keeps webhooks from reaching inside the network they are sent from (server-side request forgery): only https,
/// and only public addresses, unless an operator allows a range. The check runs when a subscription is made and
/// again on every connection, against the address actually connected to, so DNS rebinding cannot get past it.
/// </summary>
public sealed class AddressGuard(IOptions<NotificationOptions> options, IHostResolver resolver) : IWebhookAddressCheck
{
    private static readonly IPNetwork[] Refused =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("198.51.100.0/24"), IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),

        // Azure's platform endpoint (DHCP, DNS, health, instance metadata by another door): never a webhook.
        IPNetwork.Parse("168.63.129.16/32"),
        IPNetwork.Parse("::/128"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("ff00::/8"),

        // Site-local (deprecated, still routed inside some networks), 6to4 and Teredo (tunnels that embed an IPv4
        // address, private ones included), documentation, discard-only and the local-use NAT64 prefix.
        IPNetwork.Parse("fec0::/10"), IPNetwork.Parse("2002::/16"), IPNetwork.Parse("2001::/32"), IPNetwork.Parse("2001:db8::/32"),
        IPNetwork.Parse("100::/64"), IPNetwork.Parse("64:ff9b:1::/48"),
    ];

    private readonly IPNetwork[] allowed = [.. options.Value.Webhooks.AllowedRanges.Select(IPNetwork.Parse)];

    private bool AllowLoopback => options.Value.Webhooks.AllowLoopback;

    /// <summary>Null when the address may be connected to; otherwise why not.</summary>
    public string? Check(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        // IPv4 written as IPv6 (::ffff:10.0.0.1, and NAT64 64:ff9b::10.0.0.1) is judged as the IPv4 address it is.
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (address.AddressFamily == AddressFamily.InterNetworkV6 && IPNetwork.Parse("64:ff9b::/96").Contains(address))
        {
            address = new IPAddress(address.GetAddressBytes()[12..]);
        }

        if (allowed.Any(r => r.Contains(address)) || (AllowLoopback && IPAddress.IsLoopback(address)))
        {
            return null;
        }

        foreach (var range in Refused)
        {
            if (range.Contains(address))
            {
                return $"{address} is a private, loopback, link-local or reserved address ({range}); webhooks go to public addresses only.";
            }
        }

        return null;
    }

    /// <summary>Null when <paramref name="url"/> may be a webhook endpoint; otherwise why not. Resolves the host.</summary>
    public async Task<string?> CheckAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http"))
        {
            return "The url must be an absolute https URL.";
        }

        if (!string.IsNullOrEmpty(url.UserInfo) || !string.IsNullOrEmpty(url.Fragment))
        {
            return "The url must not carry credentials or a fragment; authenticate the sender by its signature.";
        }

        IReadOnlyList<IPAddress> addresses;
        try
        {
            addresses = await resolver.ResolveAsync(url.IdnHost, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            return $"The host {url.Host} does not resolve.";
        }

        if (addresses.Count == 0)
        {
            return $"The host {url.Host} does not resolve.";
        }

        if (addresses.Select(Check).FirstOrDefault(p => p is not null) is { } refused)
        {
            return refused;
        }

        return url.Scheme == "http" && !(AllowLoopback && addresses.All(IPAddress.IsLoopback))
            ? "The url must be https (plain http is accepted only for loopback endpoints in Development)."
            : null;
    }
}
