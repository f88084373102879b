using System.Globalization;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Remediation.Domain.Timeline;

namespace Remediation.Storage.Timeline;

/// <summary>
/// Each case's timeline heads, one line per append (<c>{sequence} {hash}</c>), in append blobs of the checkpoints
/// container (<c>{case}/{part}</c>; a new part when one holds the 50,000 blocks an append blob may have). Appending is
/// all the product ever does to them; in Azure the container has a version-level immutability (WORM) policy that
/// allows appends only, so not even the app's own identity can rewrite or delete a checkpoint (docs/deploy.md).
/// </summary>
internal sealed class BlobTimelineCheckpoints(RemediationBlobs blobs)
{
    private const string BlockCountExceeded = "BlockCountExceedsLimit";

    /// <summary>Cases whose first part is full, and the part they append to now (rare: 50,000 appends).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> fullParts = new(StringComparer.Ordinal);

    public async Task AppendAsync(string caseId, TimelineCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var line = Encoding.ASCII.GetBytes(FormattableString.Invariant($"{checkpoint.Sequence} {checkpoint.Hash}\n"));
        var part = fullParts.GetValueOrDefault(caseId);
        while (true)
        {
            var blob = Part(caseId, part);
            try
            {
                using var content = new MemoryStream(line);
                await blob.AppendBlockAsync(content, cancellationToken: cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (e.Status == StorageStatus.NotFound)
            {
                await blob.CreateIfNotExistsAsync(
                    new AppendBlobCreateOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain" } }, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.ErrorCode == BlockCountExceeded)
            {
                // This part is full: the next one takes over.
                fullParts[caseId] = ++part;
            }
        }
    }

    public async Task<IReadOnlyList<TimelineCheckpoint>> ReadAsync(string caseId, CancellationToken cancellationToken)
    {
        var checkpoints = new List<TimelineCheckpoint>();
        await foreach (var item in blobs.Checkpoints.GetBlobsAsync(BlobTraits.None, BlobStates.None, caseId + "/", cancellationToken)
            .ConfigureAwait(false))
        {
            var content = await blobs.Checkpoints.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            foreach (var line in content.Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(' ');
                if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
                {
                    checkpoints.Add(new TimelineCheckpoint(sequence, parts[1]));
                }
            }
        }

        return checkpoints;
    }

    private AppendBlobClient Part(string caseId, int part) => blobs.Checkpoints.GetAppendBlobClient($"{caseId}/{part:D4}");
}
