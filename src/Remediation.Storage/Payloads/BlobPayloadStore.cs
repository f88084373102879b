using System.Text;
using Azure;
using Azure.Storage.Blobs.Models;
using Remediation.Domain.Payloads;

namespace Remediation.Storage.Payloads;

/// <summary>Large payloads as private blobs named <c>{case}/{command}.json</c>; the reference is the blob name.</summary>
public sealed class BlobPayloadStore(RemediationBlobs blobs) : IPayloadStore
{
    public async Task<string> PutAsync(string caseId, string commandId, string json, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentException.ThrowIfNullOrEmpty(commandId);
        ArgumentNullException.ThrowIfNull(json);
        var name = $"{Uri.EscapeDataString(caseId)}/{Uri.EscapeDataString(commandId)}.json";
        var blob = blobs.Payloads.GetBlobClient(name);
        await blob.UploadAsync(
            BinaryData.FromString(json),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken).ConfigureAwait(false);
        return name;
    }

    public async Task<string> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(reference);
        try
        {
            var content = await blobs.Payloads.GetBlobClient(reference).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return Encoding.UTF8.GetString(content.Value.Content.ToMemory().Span);
        }
        catch (RequestFailedException e) when (e.Status == StorageStatus.NotFound)
        {
            throw new KeyNotFoundException($"No stored payload {reference}.", e);
        }
    }

    public async Task DeleteAsync(string reference, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(reference);
        await blobs.Payloads.GetBlobClient(reference).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
