using Azure.Data.Tables;
using Remediation.Domain.Currencies;
using Remediation.Domain.Ledger;
using Remediation.Domain.Paging;
using Remediation.Storage.Ledger;
using Remediation.Storage.Tests.Builders;
using Remediation.Testing;

namespace Remediation.Storage.Tests.Ledger;

/// <summary>A large case's ledger is spread over four tables; a small one, and one written before the spread, is in one.</summary>
public class LedgerSpreadTests
{
    private const string CaseId = "case-spread";

    private static Func<LedgerLine, (LedgerLine, LedgerChange)> Pays(string id) =>
        line => line.RecordPayment(new Payment(id, Money.Of(1000m, "THB"), new DateOnly(2026, 10, 1), "bank_transfer", []));

    private static int RowsIn(TableClient table) =>
        table.Query<TableEntity>(e => e.PartitionKey == CaseId && e.RowKey.CompareTo("line|") > 0 && e.RowKey.CompareTo("line}") < 0).Count();

    [Fact]
    public async Task A_small_case_keeps_its_lines_in_one_table_and_reads_its_summary_with_one_point_read()
    {
        var counter = new EntityCounter();
        var tables = await TestStorage.NewTablesAsync(counter);
        using var store = new TableLedgerStore(tables, TestStorage.Keys);
        await store.AddLinesAsync(CaseId, "intake", LedgerLineBuilder.Many(LedgerShard.SpreadFrom - 1, amount: 20000m, confirmed: true));
        // Added later, however many: the case stays where its first write put it.
        await store.AddLinesAsync(CaseId, "more", [new LedgerLineBuilder().WithRef("W-LATE").WithFee(20000m, "THB").Confirmed().Build()]);

        counter.Reset();
        var summary = await store.GetSummaryAsync(CaseId);

        Assert.Equal(1, counter.Entities);
        Assert.Equal(LedgerShard.SpreadFrom, summary.Workers);
        Assert.Equal([LedgerShard.SpreadFrom, 0, 0, 0], tables.LedgerShards.Select(RowsIn));
    }

    [Fact]
    public async Task A_large_case_is_spread_over_every_table_and_paged_back_whole_in_worker_order()
    {
        var tables = await TestStorage.NewTablesAsync();
        using var store = new TableLedgerStore(tables, TestStorage.Keys);
        var lines = LedgerLineBuilder.Many(LedgerShard.SpreadFrom, amount: 20000m, confirmed: true);
        await store.AddLinesAsync(CaseId, "intake", lines);
        await store.ChangeLinesAsync(CaseId, lines.Take(300).ToDictionary(l => l.WorkerRef, l => Pays($"pay-{l.WorkerRef}")));

        var read = new List<LedgerLine>();
        string? token = null;
        do
        {
            var page = await store.GetLinesAsync(CaseId, new PageRequest(97, token));
            read.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.All(tables.LedgerShards, t => Assert.InRange(RowsIn(t), 150, 450));
        Assert.Equal(lines.Select(l => l.WorkerRef).Order(StringComparer.Ordinal), read.Select(l => l.WorkerRef));
        Assert.Equal(300, read.Count(l => l.Payments.Count == 1));
        Assert.Equal(300_000m, (await store.GetSummaryAsync(CaseId)).Paid.For(Currency.Of("THB")).Amount);
        Assert.Single((await store.GetLineAsync(CaseId, lines[0].WorkerRef))!.Payments);

        // Many named workers at once, from every table (the verification sample's): unknown references are left out.
        var sampled = lines.Where((_, i) => i % 7 == 0).Select(l => l.WorkerRef).Append("W-NOBODY").ToList();
        var some = await store.GetLinesAsync(CaseId, sampled);
        Assert.Equal(sampled.Count - 1, some.Count);
        Assert.Equal(sampled.Where(r => r != "W-NOBODY").Count(r => lines.Take(300).Any(l => l.WorkerRef == r)), some.Values.Count(l => l.Payments.Count == 1));
    }

    [Fact]
    public async Task A_ledger_written_before_the_spread_is_read_and_changed_in_its_one_table()
    {
        var tables = await TestStorage.NewTablesAsync();
        using (var writer = new TableLedgerStore(tables, TestStorage.Keys))
        {
            await writer.AddLinesAsync(CaseId, "intake", LedgerLineBuilder.Many(20, amount: 20000m, confirmed: true));
        }

        // As the store wrote it before: the summary row does not say how many tables the case uses.
        var summaryRow = (await tables.LedgerShards[0].GetEntityAsync<TableEntity>(CaseId, "summary")).Value;
        summaryRow.Remove("Tables");
        await tables.LedgerShards[0].UpdateEntityAsync(summaryRow, summaryRow.ETag, TableUpdateMode.Replace);
        using var store = new TableLedgerStore(tables, TestStorage.Keys);

        var paid = await store.ChangeLinesAsync(CaseId, new Dictionary<string, Func<LedgerLine, (LedgerLine, LedgerChange)>>
        {
            ["W-00003"] = Pays("pay-3"),
        });
        var page = await store.GetLinesAsync(CaseId, new PageRequest(50, null));

        Assert.Equal(1, paid.LinesChanged);
        Assert.Equal(20, page.Items.Count);
        Assert.Single((await store.GetLineAsync(CaseId, "W-00003"))!.Payments);
        Assert.Equal(1000m, (await store.GetSummaryAsync(CaseId)).Paid.For(Currency.Of("THB")).Amount);
        Assert.Equal([21, 0, 0, 0], tables.LedgerShards.Select(RowsIn));
    }
}
