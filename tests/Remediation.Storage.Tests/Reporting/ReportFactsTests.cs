using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Ledger;
using Remediation.Storage.Reporting;
using Remediation.Storage.Tests.Builders;
using Remediation.Testing;

namespace Remediation.Storage.Tests.Reporting;

public class ReportFactsTests
{
    private static LedgerSummary Owed(int workers, decimal each) =>
        LedgerSummary.Empty with
        {
            Workers = workers,
            Confirmed = MoneyTotals.Of(Money.Of(workers * each, "THB")),
            WorkersByStatus = System.Collections.Immutable.ImmutableSortedDictionary<LedgerLineStatus, int>.Empty.Add(LedgerLineStatus.Owed, workers),
        };

    private static Case Revision(Case @case, long revision) => @case with { Revision = revision };

    [Fact]
    public async Task A_revision_is_counted_once_and_an_older_one_arriving_late_changes_nothing()
    {
        var facts = new TableReportFacts(await TestStorage.NewTablesAsync());
        var @case = new CaseBuilder().Build();

        await facts.ProjectAsync(Revision(@case, 2), Owed(3, 100m));
        await facts.ProjectAsync(Revision(@case, 2), Owed(3, 100m));
        await facts.ProjectAsync(Revision(@case, 1), Owed(50, 100m));

        var all = await facts.DashboardAsync();
        Assert.Equal(1, all.Cases);
        Assert.Equal(3, all.Workers);
        Assert.Equal(300m, all.Confirmed["THB"]);
        Assert.Equal(2, await facts.RevisionAsync(@case.Id));
    }

    [Fact]
    public async Task Parallel_projections_of_one_suppliers_cases_are_all_counted()
    {
        var facts = new TableReportFacts(await TestStorage.NewTablesAsync());
        var cases = Enumerable.Range(0, 16).Select(_ => Revision(new CaseBuilder().Build(), 1)).ToList();

        await Task.WhenAll(cases.Select(c => facts.ProjectAsync(c, Owed(2, 10m))));

        var supplier = await facts.SupplierAsync("SUP-1");
        Assert.NotNull(supplier);
        Assert.Equal(16, supplier.Cases);
        Assert.Equal(32, supplier.Workers);
        Assert.Equal(320m, supplier.Confirmed["THB"]);
        Assert.Equal(16, (await facts.DashboardAsync()).Cases);
        Assert.Equal(16, await facts.SupplierCasesAsync("SUP-1").CountAsync());
    }

    [Fact]
    public async Task A_case_counts_for_its_supplier_only_once_disclosed_and_moves_with_it()
    {
        var facts = new TableReportFacts(await TestStorage.NewTablesAsync());
        var triage = new CaseBuilder().InStage(Stage.Triage).Build();

        await facts.ProjectAsync(Revision(triage, 1), Owed(1, 1m));
        Assert.Null(await facts.SupplierAsync("SUP-1"));
        Assert.Equal(1, (await facts.DashboardAsync()).Cases);

        var accepted = triage with { Stage = Stage.SupplierAcknowledgement, AcceptedAt = CaseBuilder.Now };
        await facts.ProjectAsync(Revision(accepted, 2), Owed(1, 1m));
        Assert.Equal(1, (await facts.SupplierAsync("SUP-1"))!.Cases);

        await facts.ProjectAsync(Revision(accepted with { SupplierId = "SUP-2" }, 3), Owed(1, 1m));
        Assert.Equal(0, (await facts.SupplierAsync("SUP-1"))!.Cases);
        Assert.Empty(await facts.SupplierCasesAsync("SUP-1").ToListAsync());
        Assert.Equal(1, (await facts.SupplierAsync("SUP-2"))!.Cases);
        Assert.Equal(1, (await facts.DashboardAsync()).Cases);
    }

    [Fact]
    public async Task A_rebuild_gives_the_same_aggregates_as_the_saves_did()
    {
        var tables = await TestStorage.NewTablesAsync();
        var ledger = new TableLedgerStoreFor(tables).Store;
        var facts = new TableReportFacts(tables);
        var store = new Remediation.Storage.Cases.TableCaseStore(tables, new Remediation.Storage.Cases.TableCaseIndex(tables, TestStorage.Keys, ledger), facts, ledger);
        foreach (var builder in new[] { new CaseBuilder(), new CaseBuilder().InStage(Stage.Triage), new CaseBuilder().InStage(Stage.Closed) })
        {
            await store.CreateAsync(builder.Build());
        }

        var incremental = System.Text.Json.JsonSerializer.Serialize(await facts.DashboardAsync());
        var supplier = System.Text.Json.JsonSerializer.Serialize(await facts.SupplierAsync("SUP-1"));

        Assert.Equal(3, await facts.RebuildAsync(store, ledger));

        Assert.Equal(incremental, System.Text.Json.JsonSerializer.Serialize(await facts.DashboardAsync()));
        Assert.Equal(supplier, System.Text.Json.JsonSerializer.Serialize(await facts.SupplierAsync("SUP-1")));
    }

    [Fact]
    public async Task A_save_whose_facts_did_not_follow_is_caught_up_by_the_retry()
    {
        var tables = await TestStorage.NewTablesAsync();
        var ledger = new TableLedgerStoreFor(tables).Store;
        var facts = new TableReportFacts(tables);
        var store = new Remediation.Storage.Cases.TableCaseStore(tables, new Remediation.Storage.Cases.TableCaseIndex(tables, TestStorage.Keys, ledger), facts, ledger);
        var @case = new CaseBuilder().Build();
        await store.CreateAsync(@case);

        // The process stopped after the case was written: its facts are not there.
        await foreach (var row in tables.ReportFacts.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            await tables.ReportFacts.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        Assert.Equal(-1, await facts.RevisionAsync(@case.Id));
        var stored = (await store.GetAsync(@case.Id))!;
        await store.CatchUpAsync(stored.Value);
        await store.CatchUpAsync(stored.Value);

        Assert.Equal(1, await facts.RevisionAsync(@case.Id));
        Assert.Equal(1, (await facts.DashboardAsync()).Cases);
    }

    /// <summary>A supplier's aggregate grows by its per-case maps: it holds at least 2,500 cases before it reaches 1 MiB.</summary>
    [Fact]
    public async Task A_supplier_aggregate_holds_thousands_of_cases_within_table_limits()
    {
        var tables = await TestStorage.NewTablesAsync();
        var facts = new TableReportFacts(tables);
        const int cases = 200;
        foreach (var chunk in Enumerable.Range(0, cases).Select(i => Revision(new CaseBuilder().WithId($"C-20261203-{i:D10}").Build(), 1)).Chunk(4))
        {
            await Task.WhenAll(chunk.Select(c => facts.ProjectAsync(c, Owed(1, 1m))));
        }

        var row = (await tables.ReportFacts.GetEntityAsync<Azure.Data.Tables.TableEntity>("facts", "s|SUP-1")).Value;
        var empty = (await tables.ReportFacts.GetEntityAsync<Azure.Data.Tables.TableEntity>("facts", "a|0")).Value;
        var perCase = (double)(Remediation.Storage.Limits.TableLimits.SizeOf(row) - Remediation.Storage.Limits.TableLimits.SizeOf(empty)) / cases;
        Assert.Equal(cases, (await facts.SupplierAsync("SUP-1"))!.Cases);
        Assert.True(perCase * 2500 < Remediation.Storage.Limits.TableLimits.MaxEntityBytes, $"{perCase:0} bytes a case");
    }

    private sealed record TableLedgerStoreFor(RemediationTables Tables)
    {
        public Storage.Ledger.TableLedgerStore Store { get; } = new(Tables, TestStorage.Keys);
    }
}
