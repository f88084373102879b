using System.Globalization;
using System.Security.Cryptography;
using Azure.Data.Tables;
using Remediation.Domain.Audit;
using Remediation.Domain.Keys;
using Remediation.Domain.Paging;
using Remediation.Storage.Paging;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Audit;

/// <summary>
/// The audit table: one partition, rows keyed by inverted ticks (newest first) and a random suffix (two events in the
/// same tick). Sign-ins and admin changes are a few a minute, far below a partition's 2,000 writes a second.
/// </summary>
public sealed class TableAuditLog(RemediationTables tables, KeyRing keys) : IAuditLog
{
    private const string Partition = "audit";

    private readonly PageTokens tokens = new(keys);

    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var rowKey = (DateTimeOffset.MaxValue.UtcTicks - record.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)
            + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var entity = new TableEntity(Partition, rowKey)
        {
            ["At"] = record.At,
            ["Kind"] = record.Kind,
            ["Target"] = record.Target,
            ["Detail"] = record.Detail,
        };
        ActedByColumns.Write(entity, record.ActedBy);
        await tables.Audit.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
    }

    public Task<Paged<AuditRecord>> ListAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        PagedQuery.ReadAsync(
            tokens,
            tables.Audit,
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"),
            "audit",
            page,
            row => new AuditRecord(
                row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                row.GetString("Kind"),
                ActedByColumns.Read(row),
                row.GetString("Target"),
                row.GetString("Detail") ?? string.Empty),
            cancellationToken);
}
