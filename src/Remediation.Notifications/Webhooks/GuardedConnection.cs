using System.Net;
using System.Net.Sockets;

namespace Remediation.Notifications.Webhooks;

/// <summary>
/// The HTTP handler webhooks are sent through: it resolves the host itself, connects only to an address the
/// <see cref="AddressGuard"/> allows, follows no redirect and uses no proxy (a proxy would hide the address).
/// </summary>
public static class GuardedConnection
{
    public static SocketsHttpHandler CreateHandler(AddressGuard guard, IHostResolver resolver) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await resolver.ResolveAsync(context.DnsEndPoint.Host, cancellationToken).ConfigureAwait(false);
            string? refusal = null;
            foreach (var address in addresses)
            {
                if (guard.Check(address) is { } problem)
                {
                    refusal ??= problem;
                    continue;
                }

                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (SocketException)
                {
                    socket.Dispose();
                }
            }

            throw new HttpRequestException(refusal ?? $"Could not connect to {context.DnsEndPoint.Host}.");
        },
    };
}
