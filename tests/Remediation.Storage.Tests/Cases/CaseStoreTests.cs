using Remediation.Domain.Cases;
using Remediation.Storage.Ledger;
using Remediation.Storage.Cases;
using Remediation.Storage.Tests.Builders;
using Remediation.Testing;

namespace Remediation.Storage.Tests.Cases;

public class CaseStoreTests
{
    private static async Task<TableCaseStore> NewStoreAsync()
    {
        var tables = await TestStorage.NewTablesAsync();
        var ledger = new TableLedgerStore(tables, TestStorage.Keys);
        return new TableCaseStore(tables, new TableCaseIndex(tables, TestStorage.Keys, ledger), new Remediation.Storage.Reporting.TableReportFacts(tables), ledger);
    }

    [Fact]
    public async Task A_case_round_trips_with_every_field()
    {
        var store = await NewStoreAsync();
        var @case = new CaseBuilder().Complete().Build();

        Assert.False((await store.CreateAsync(@case)).IsConflict);
        var read = await store.GetAsync(@case.Id);

        Assert.NotNull(read);
        Assert.Equal(CaseDocumentOf(@case with { Revision = 1 }), CaseDocumentOf(read.Value));
        Assert.Equal(@case.Plan!.Totals, read.Value.Plan!.Totals);
        Assert.Equal(@case.Plan.Instalments.Select(i => i.DueAt), read.Value.Plan.Instalments.Select(i => i.DueAt));
        Assert.False(string.IsNullOrEmpty(read.Version));
    }

    [Fact]
    public async Task A_missing_case_reads_as_null()
    {
        var store = await NewStoreAsync();

        Assert.Null(await store.GetAsync("no-such-case"));
    }

    [Fact]
    public async Task Creating_the_same_case_twice_is_a_conflict()
    {
        var store = await NewStoreAsync();
        var @case = new CaseBuilder().Build();

        await store.CreateAsync(@case);

        Assert.True((await store.CreateAsync(@case with { Summary = "other" })).IsConflict);
        Assert.Equal(@case.Summary, (await store.GetAsync(@case.Id))!.Value.Summary);
    }

    [Fact]
    public async Task Of_two_concurrent_updates_exactly_one_wins_and_the_other_gets_a_conflict()
    {
        var store = await NewStoreAsync();
        var @case = new CaseBuilder().Build();
        await store.CreateAsync(@case);
        var read = (await store.GetAsync(@case.Id))!;

        var results = await Task.WhenAll(
            store.UpdateAsync(read.Value with { RootCause = "first" }, read.Version),
            store.UpdateAsync(read.Value with { RootCause = "second" }, read.Version));

        Assert.Single(results, r => r.IsConflict);
        var winner = results[0].IsConflict ? "second" : "first";
        var stored = (await store.GetAsync(@case.Id))!;
        Assert.Equal(winner, stored.Value.RootCause);
        Assert.Equal(results.Single(r => !r.IsConflict).Version, stored.Version);
    }

    [Fact]
    public async Task An_update_from_a_stale_read_changes_nothing()
    {
        var store = await NewStoreAsync();
        var @case = new CaseBuilder().Build();
        var first = await store.CreateAsync(@case);
        await store.UpdateAsync(@case with { RootCause = "newer" }, first.Version!);

        var stale = await store.UpdateAsync(@case with { RootCause = "stale" }, first.Version!);

        Assert.True(stale.IsConflict);
        Assert.Equal("newer", (await store.GetAsync(@case.Id))!.Value.RootCause);
    }

    [Fact]
    public async Task Retrying_after_a_conflict_with_a_fresh_read_succeeds()
    {
        var store = await NewStoreAsync();
        var @case = new CaseBuilder().Build();
        var first = await store.CreateAsync(@case);
        await store.UpdateAsync(@case with { FindingsReturnedCount = 1 }, first.Version!);

        var conflict = await store.UpdateAsync(@case with { FindingsReturnedCount = 1 }, first.Version!);
        var fresh = (await store.GetAsync(@case.Id))!;
        var retried = await store.UpdateAsync(fresh.Value with { FindingsReturnedCount = fresh.Value.FindingsReturnedCount + 1 }, fresh.Version);

        Assert.True(conflict.IsConflict);
        Assert.False(retried.IsConflict);
        Assert.Equal(2, (await store.GetAsync(@case.Id))!.Value.FindingsReturnedCount);
    }

    /// <summary>Compares cases field by field through their stored shape (records with lists compare by reference).</summary>
    private static string CaseDocumentOf(Case @case) => System.Text.Json.JsonSerializer.Serialize(@case);
}
