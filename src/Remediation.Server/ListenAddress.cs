using System.Net;
using System.Net.Sockets;

namespace Remediation.Server;

/// <summary>Whether the addresses the server is to listen on are free, checked before anything is started.</summary>
public static class ListenAddress
{
    /// <summary>The first of the ';'-separated URLs whose host and port something else holds; null when all are free.</summary>
    public static string? FirstBusy(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(
                    url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
                    UriKind.Absolute,
                    out var uri)
                || uri.Port == 0)
            {
                continue;
            }

            var address = IPAddress.TryParse(uri.Host, out var parsed) ? parsed : IPAddress.Loopback;
            var probe = new TcpListener(address, uri.Port);
            try
            {
                probe.Start();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return url;
            }
            finally
            {
                probe.Stop();
            }
        }

        return null;
    }
}
