using System.Net;

namespace Remediation.Client;

/// <summary>A request body from a buffer that reports how many bytes have been sent.</summary>
internal sealed class ProgressContent(byte[] bytes, IProgress<long>? progress) : HttpContent
{
    private const int Chunk = 64 * 1024;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var sent = 0; sent < bytes.Length; sent += Chunk)
        {
            var count = Math.Min(Chunk, bytes.Length - sent);
            await stream.WriteAsync(bytes.AsMemory(sent, count)).ConfigureAwait(false);
            progress?.Report(sent + count);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        return true;
    }
}
