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
        Evidence = service.GetBlobContainerClient(prefix.ToLowerInvariant() + "evidence");
        Checkpoints = service.GetBlobContainerClient(prefix.ToLowerInvariant() + "timeline-checkpoints");
        Protection = service.GetBlobContainerClient(prefix.ToLowerInvariant() + "dataprotection");
    }

    public RemediationBlobs(string connectionString, string prefix = "")
        : this(StorageConnection.FromConnectionString(connectionString).BlobService(), prefix)
    {
    }

    /// <summary>Large command payloads, kept as long as the case's command may be retried.</summary>
    public BlobContainerClient Payloads { get; }

    /// <summary>Evidence files; private, downloaded only through the API by parties of the case.</summary>
    public BlobContainerClient Evidence { get; }

    /// <summary>Append-only heads of every case's timeline (write once, append only; immutable in Azure).</summary>
    public BlobContainerClient Checkpoints { get; }

    /// <summary>
    /// ASP.NET Core's data-protection keys (the worker page's anti-forgery tokens), shared by every instance: a form read
    /// on one instance and sent to another still validates. Not part of <see cref="All"/>: no case data.
    /// </summary>
    public BlobContainerClient Protection { get; }

    public IReadOnlyList<BlobContainerClient> All => [Payloads, Evidence, Checkpoints];

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in (IEnumerable<BlobContainerClient>)[.. All, Protection])
        {
            await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
