using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Remediation.Domain.Evidence;
using Remediation.Domain.Parties;

namespace Remediation.Storage.Evidence;

/// <summary>
/// Evidence as private blobs under the case (<c>{case}/{upload}</c>) and a row per evidence in the evidence table
/// (partition = case, row = evidence id from the SHA-256). An identical file uploaded again keeps the first. A file is
/// hashed again every time it is served.
/// </summary>
public sealed class BlobEvidenceStore(RemediationBlobs blobs, RemediationTables tables, Domain.Keys.KeyRing keys) : IEvidenceStore
{
    private readonly Storage.Paging.PageTokens tokens = new(keys);

    public async Task<EvidenceUpload> StoreAsync(
        string caseId, Stream content, string contentType, Actor uploader, DateTimeOffset now, long maxBytes, bool partnerOnly = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(uploader);
        var blob = blobs.Evidence.GetBlobClient($"{caseId}/{Guid.NewGuid():N}");
        using var hashing = new HashingStream(content, maxBytes);
        try
        {
            await blob.UploadAsync(
                hashing,
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (hashing.LimitExceeded && e is IOException or RequestFailedException or AggregateException)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return new EvidenceUpload(null, false, true);
        }

        var sha = hashing.HashHex();
        var record = new EvidenceRecord(
            caseId, "ev-" + sha[..24], sha, contentType, hashing.BytesRead, uploader.Role, uploader.PartyId, now, blob.Name, partnerOnly);
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
        var row = await tables.Evidence.GetEntityIfExistsAsync<TableEntity>(caseId, evidenceId, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? ToRecord(row.Value!) : null;
    }

    public async Task<Stream?> OpenVerifiedAsync(EvidenceRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var blob = blobs.Evidence.GetBlobClient(record.BlobName);
        try
        {
            // Hash the stored bytes first, then serve exactly that version of the blob (If-Match on its ETag): a file
            // changed in storage is never served as the evidence it replaced.
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var pinned = new BlobOpenReadOptions(allowModifications: false)
            {
                Conditions = new BlobRequestConditions { IfMatch = properties.Value.ETag },
            };
            using (var stored = await blob.OpenReadAsync(pinned, cancellationToken).ConfigureAwait(false))
            using (var hashing = new HashingStream(stored, long.MaxValue))
            {
                await hashing.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                if (hashing.HashHex() != record.Sha256 || hashing.BytesRead != record.Size)
                {
                    return null;
                }
            }

            return await blob.OpenReadAsync(pinned, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is StorageStatus.NotFound or 412)
        {
            return null;
        }
    }

    public async Task RestrictAsync(string caseId, IEnumerable<string> evidenceIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evidenceIds);
        foreach (var id in evidenceIds.Distinct(StringComparer.Ordinal))
        {
            try
            {
                await tables.Evidence.UpdateEntityAsync(
                    new TableEntity(caseId, id) { ["PartnerOnly"] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == StorageStatus.NotFound)
            {
                // Checked to exist before the command was applied; nothing to restrict if it is gone.
            }
        }
    }

    public Task<Domain.Paging.Paged<EvidenceRecord>> ListAsync(
        string caseId, Domain.Paging.PageRequest page, CancellationToken cancellationToken = default) =>
        Storage.Paging.PagedQuery.ReadAsync(
            tokens, tables.Evidence, TableClient.CreateQueryFilter($"PartitionKey eq {caseId}"),
            "evidence:" + caseId, page, ToRecord, cancellationToken);

    private static TableEntity ToEntity(EvidenceRecord r) => new(r.CaseId, r.EvidenceId)
    {
        ["Sha256"] = r.Sha256,
        ["ContentType"] = r.ContentType,
        ["Size"] = r.Size,
        ["UploadedByRole"] = r.UploadedByRole.ToString(),
        ["UploadedByParty"] = r.UploadedByParty,
        ["UploadedAt"] = r.UploadedAt,
        ["BlobName"] = r.BlobName,
        ["PartnerOnly"] = r.PartnerOnly,
    };

    private static EvidenceRecord ToRecord(TableEntity e) => new(
        e.PartitionKey, e.RowKey, e.GetString("Sha256"), e.GetString("ContentType"), e.GetInt64("Size") ?? 0,
        Enum.Parse<Role>(e.GetString("UploadedByRole")), e.GetString("UploadedByParty"),
        e.GetDateTimeOffset("UploadedAt") ?? DateTimeOffset.MinValue, e.GetString("BlobName"),
        e.GetBoolean("PartnerOnly") ?? false);
}
