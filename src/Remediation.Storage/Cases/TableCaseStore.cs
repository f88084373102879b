using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Cases;

namespace Remediation.Storage.Cases;

/// <summary>
/// Cases in the cases table (partition = case id), written with ETags so that a lost update is impossible. After
/// each successful write the list indexes and the report facts are brought in step. Each save gives the case the next
/// <see cref="Case.Revision"/>; if the process stops before the indexes and facts follow, the command's retry finds them
/// behind that revision and brings them in step (<see cref="CatchUpAsync"/>).
/// </summary>
public sealed class TableCaseStore(
    RemediationTables tables, ICaseIndex index, Domain.Reporting.IReportFacts facts, Domain.Ledger.ILedgerStore ledger) : ICaseStore
{
    public async Task<Versioned<Case>?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        var response = await tables.Cases.GetEntityIfExistsAsync<TableEntity>(caseId, CaseEntity.RowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.HasValue ? new Versioned<Case>(CaseEntity.ToCase(response.Value!), response.Value!.ETag.ToString()) : null;
    }

    public async Task<SaveResult> CreateAsync(Case @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        @case = @case with { Revision = 1 };
        try
        {
            var response = await tables.Cases.AddEntityAsync(CaseEntity.From(@case), cancellationToken).ConfigureAwait(false);
            await FollowAsync(@case, cancellationToken).ConfigureAwait(false);
            return SaveResult.Saved(response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag."));
        }
        catch (RequestFailedException e) when (e.IsConflict())
        {
            return SaveResult.Conflict;
        }
    }

    public async Task<SaveResult> UpdateAsync(Case @case, string expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentException.ThrowIfNullOrEmpty(expectedVersion);
        // The case was read at its revision with this ETag: the conditional write makes the next revision unique.
        @case = @case with { Revision = @case.Revision + 1 };
        try
        {
            var response = await tables.Cases.UpdateEntityAsync(
                CaseEntity.From(@case), new ETag(expectedVersion), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            await FollowAsync(@case, cancellationToken).ConfigureAwait(false);
            return SaveResult.Saved(response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag."));
        }
        catch (RequestFailedException e) when (e.IsConflict() || e.Status == StorageStatus.NotFound)
        {
            return SaveResult.Conflict;
        }
    }

    public async Task CatchUpAsync(Case @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (await facts.RevisionAsync(@case.Id, cancellationToken).ConfigureAwait(false) < @case.Revision)
        {
            await FollowAsync(@case, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The list indexes and the report facts, after the case and its ledger were written.</summary>
    private async Task FollowAsync(Case @case, CancellationToken cancellationToken)
    {
        await index.UpdateAsync(@case, cancellationToken).ConfigureAwait(false);
        var summary = await ledger.GetSummaryAsync(@case.Id, cancellationToken).ConfigureAwait(false);
        await facts.ProjectAsync(@case, summary, cancellationToken).ConfigureAwait(false);
    }

    public string? WhyNotStorable(Case @case) => Limits.TableLimits.ProblemOf(CaseEntity.From(@case));

    public async IAsyncEnumerable<Case> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = tables.Cases.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey eq {CaseEntity.RowKey}"),
            maxPerPage: 1000,
            select: ["PartitionKey", "RowKey", .. Serialization.DocumentColumns.Names],
            cancellationToken: cancellationToken);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            yield return CaseEntity.ToCase(row);
        }
    }
}
