using System.Net;
using System.Net.Sockets;

namespace Remediation.Development;

/// <summary>A free TCP port on 127.0.0.1, for the emulator, the durable sidecar and test servers.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
