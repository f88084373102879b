using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Keys;
using Remediation.Domain.Paging;
using Remediation.Domain.PublicReports;
using Remediation.Storage.Paging;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.PublicReports;

/// <summary>
/// Public reports in one partition, row = the report's id. Ids begin with the inverted preparation time, so the
/// partition reads newest first. The report (figures only) is one JSON document; its status is a column.
/// </summary>
public sealed class TablePublicReportStore(RemediationTables tables, KeyRing keys) : IPublicReportStore
{
    private const string Partition = "reports";

    private readonly PageTokens tokens = new(keys);

    public Task AddAsync(PublicReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return tables.PublicReports.AddEntityAsync(Entity(report), cancellationToken);
    }

    public async Task<PublicReport?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await tables.PublicReports.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? ToReport(row.Value!) : null;
    }

    public Task<Paged<PublicReport>> ListAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        PagedQuery.ReadAsync(
            tokens, tables.PublicReports, TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), "public-reports", page, ToReport,
            cancellationToken);

    public Task ReleaseAsync(PublicReport released, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(released);
        return tables.PublicReports.UpdateEntityAsync(Entity(released), ETag.All, TableUpdateMode.Replace, cancellationToken);
    }

    private static TableEntity Entity(PublicReport report)
    {
        var entity = new TableEntity(Partition, report.Id) { ["Released"] = report.IsReleased };
        DocumentColumns.Write(entity, StorageJson.Serialize(report));
        return entity;
    }

    private static PublicReport ToReport(TableEntity row) => StorageJson.Deserialize<PublicReport>(DocumentColumns.Read(row));
}
