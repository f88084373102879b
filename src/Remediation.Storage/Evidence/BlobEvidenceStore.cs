using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Remediation.Domain.Evidence;
using Remediation.Domain.Parties;

namespace Remediation.Storage.Evidence;

/// <summary>
/// Evidence as private blobs under the case (<c>{case}/{upload}</c>) and a row per evidence in the evidence table
/// (partition = case, row = evidence id from the SHA-256). An identical file uploaded again keeps the first.
/// </summary>
public sealed class BlobEvidenceStore(RemediationBlobs blobs, RemediationTables tables) : IEvidenceStore
{
    public async Task<EvidenceUpload> StoreAsync(string caseId, Stream content, string contentType, Actor uploader, DateTimeOffset now, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(uploader);
        var blob = blobs.Evidence.GetBlobClient($"{caseId}/{Guid.NewGuid():N}");
        using var hashing = new HashingStream(content, maxBytes);
        try
        {
            await blob.UploadAsync(hashing, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (hashing.LimitExceeded && e is IOException or RequestFailedException or AggregateException)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return new EvidenceUpload(null, false, true);
        }

        var sha = hashing.HashHex();
        var record = new EvidenceRecord(caseId, "ev-" + sha[..24], sha, contentType, hashing.BytesRead, uploader.Role, uploader.PartyId, now, blob.Name);
        try
        {
            await tables.Evidence.AddEntityAsync(ToEntity(record), cancellationToken).ConfigureAwait(false);
            return new EvidenceUpload(record, true, false);
        }
        catch (RequestFailedException e) when (e.Status == StorageStatus.Conflict)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return new EvidenceUpload(await GetAsync(caseId, record.EvidenceId, cancellationToken).ConfigureAwait(false), false, false);
        }
    }

    public async Task<EvidenceRecord?> GetAsync(string caseId, string evidenceId, CancellationToken cancellationToken = default)
    {
        var row = await tables.Evidence.GetEntityIfExistsAsync<TableEntity>(caseId, evidenceId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? ToRecord(row.Value!) : null;
    }

    public async Task<Stream> OpenAsync(EvidenceRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return await blobs.Evidence.GetBlobClient(record.BlobName).OpenReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public Task<Domain.Paging.Paged<EvidenceRecord>> ListAsync(string caseId, Domain.Paging.PageRequest page, CancellationToken cancellationToken = default) =>
        Storage.Paging.PagedQuery.ReadAsync(tables.Evidence, TableClient.CreateQueryFilter($"PartitionKey eq {caseId}"), "evidence:" + caseId, page, ToRecord, cancellationToken);

    private static TableEntity ToEntity(EvidenceRecord r) => new(r.CaseId, r.EvidenceId)
    {
        ["Sha256"] = r.Sha256,
        ["ContentType"] = r.ContentType,
        ["Size"] = r.Size,
        ["UploadedByRole"] = r.UploadedByRole.ToString(),
        ["UploadedByParty"] = r.UploadedByParty,
        ["UploadedAt"] = r.UploadedAt,
        ["BlobName"] = r.BlobName,
    };

    private static EvidenceRecord ToRecord(TableEntity e) => new(
        e.PartitionKey, e.RowKey, e.GetString("Sha256"), e.GetString("ContentType"), e.GetInt64("Size") ?? 0,
        Enum.Parse<Role>(e.GetString("UploadedByRole")), e.GetString("UploadedByParty"), e.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue, e.GetString("BlobName"));
}
