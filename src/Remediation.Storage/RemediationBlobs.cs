using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Remediation.Storage;

/// <summary>The product's private blob containers; the same prefix rule as <see cref="RemediationTables"/>.</summary>
public sealed class RemediationBlobs
{
    public RemediationBlobs(BlobServiceClient service, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(prefix);
        Payloads = service.GetBlobContainerClient(prefix.ToLowerInvariant() + "payloads");
    }

    public RemediationBlobs(string connectionString, string prefix = "")
        : this(new BlobServiceClient(connectionString), prefix)
    {
    }

    /// <summary>Large command payloads, kept as long as the case's command may be retried.</summary>
    public BlobContainerClient Payloads { get; }

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default) =>
        await Payloads.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
}
