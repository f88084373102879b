using Remediation.Domain.Currencies;
using Remediation.Domain.Ledger;
using Remediation.Domain.Paging;
using Remediation.Storage.Ledger;
using Remediation.Storage.Tests.Builders;
using Remediation.Testing;

namespace Remediation.Storage.Tests.Ledger;

public class LedgerStoreTests
{
    private const string CaseId = "case-ledger";
    private static readonly Currency Thb = Currency.Of("THB");

    private static async Task<TableLedgerStore> NewStoreAsync() => new(await TestStorage.NewTablesAsync(), TestStorage.Keys);

    private static Payment Payment(string id, decimal amount, string currency = "THB") =>
        new(id, Money.Of(amount, currency), new DateOnly(2026, 10, 1), "bank_transfer", ["ev-1"]);

    private static Func<LedgerLine, (LedgerLine, LedgerChange)> Pays(Payment payment) => line => line.RecordPayment(payment);

    [Fact]
    public async Task A_line_round_trips_with_payments_receipts_and_disputes()
    {
        var store = await NewStoreAsync();
        var line = new LedgerLineBuilder().WithRef("W-1").WithFee(1500m, "USD").WithFee(300.25m, "MYR", FeeCategory.Medical).Confirmed().Build();
        (line, _) = line.RecordPayment(Payment("p1", 1500m, "USD"));
        (line, _) = line.RecordPayment(Payment("p2", 300.25m, "MYR"));
        (line, _) = line.RecordReceipt(new ReceiptConfirmation("r1", Currency.Of("USD"), true, 1200m, "cash", true, new DateOnly(2026, 10, 5), ["ev-2"]));

        await store.AddLinesAsync(CaseId, "cmd-1", [line]);
        var read = await store.GetLineAsync(CaseId, "W-1");

        Assert.NotNull(read);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(line), System.Text.Json.JsonSerializer.Serialize(read));
        Assert.Equal(LedgerLineStatus.Disputed, read.Status);
        Assert.Equal(MoneyTotals.Of(Money.Of(300m, "USD")), read.Outstanding.WithoutZeros());
    }

    [Fact]
    public async Task Reading_a_batch_of_workers_costs_rows_in_proportion_to_the_batch_not_to_the_case()
    {
        var counter = new EntityCounter();
        var tables = await TestStorage.NewTablesAsync(counter);
        using var writer = new TableLedgerStore(tables, TestStorage.Keys);
        var lines = LedgerLineBuilder.Many(6_000);
        foreach (var (batch, i) in lines.Chunk(3000).Select((b, i) => (b, i)))
        {
            Assert.False((await writer.AddLinesAsync(CaseId, $"intake-{i}", batch)).IsRefused);
        }

        // Another process (or this one after a restart): nothing of the case in memory, every line read from storage.
        using var store = new TableLedgerStore(tables, TestStorage.Keys);

        // A payroll batch: 300 neighbouring workers and one who is not in the case.
        var payroll = lines.Skip(2000).Take(300).Select(l => l.WorkerRef).Append("W-99999").ToList();
        counter.Reset();
        var preview = await store.PreviewChangeLinesAsync(CaseId, payroll.ToDictionary(r => r, Unchanged));
        var payrollRows = counter.Entities;

        // A verification sample: 25 workers spread over the whole case (one in 240: too sparse to read by range).
        var sample = Enumerable.Range(0, 25).Select(i => lines[i * 240].WorkerRef).ToList();
        counter.Reset();
        var sampled = await store.PreviewChangeLinesAsync(CaseId, sample.ToDictionary(r => r, Unchanged));
        var sampleRows = counter.Entities;

        Assert.Equal(["W-99999"], preview.Refusals.Keys);
        Assert.Empty(sampled.Refusals);
        Assert.InRange(payrollRows, 301, (2 * 301) + 40);
        // Each of the ledger's 4 tables gives up its range read after passing 32 workers it does not need.
        Assert.InRange(sampleRows, 26, (3 * 25) + (4 * 40));
    }

    private static Func<LedgerLine, (LedgerLine, LedgerChange)> Unchanged(string workerRef) => line => (line, LedgerChange.AlreadyApplied);

    [Fact]
    public async Task The_process_that_wrote_a_case_reads_its_lines_back_with_a_point_read_of_each_part_of_the_summary()
    {
        var counter = new EntityCounter();
        using var store = new TableLedgerStore(await TestStorage.NewTablesAsync(counter), TestStorage.Keys);
        var lines = LedgerLineBuilder.Many(6_000, amount: 20000m, confirmed: true);
        foreach (var (batch, i) in lines.Chunk(3000).Select((b, i) => (b, i)))
        {
            Assert.False((await store.AddLinesAsync(CaseId, $"intake-{i}", batch)).IsRefused);
        }

        var sample = Enumerable.Range(0, 600).Select(i => lines[i * 10].WorkerRef).ToList();
        counter.Reset();
        var preview = await store.PreviewChangeLinesAsync(CaseId, sample.Append("W-99999").ToDictionary(r => r, Unchanged));
        var previewRows = counter.Entities;
        counter.Reset();
        var paid = await store.ChangeLinesAsync(CaseId, sample.ToDictionary(r => r, r => Pays(Payment($"pay-{r}", 1000m))));
        var applyRows = counter.Entities;

        Assert.Equal(["W-99999"], preview.Refusals.Keys);
        Assert.Equal(600, paid.LinesChanged);
        // The summary is kept in a part in each of the ledger's 4 tables (written side by side); nothing else is read.
        Assert.Equal(4, previewRows);
        Assert.Equal(4, applyRows);
    }

    [Fact]
    public async Task A_change_written_by_another_process_is_seen_by_the_next_read_and_never_overwritten()
    {
        var tables = await TestStorage.NewTablesAsync();
        using var here = new TableLedgerStore(tables, TestStorage.Keys);
        using var elsewhere = new TableLedgerStore(tables, TestStorage.Keys);
        await here.AddLinesAsync(CaseId, "intake", LedgerLineBuilder.Many(20, amount: 20000m, confirmed: true));
        Assert.Empty((await here.PreviewChangeLinesAsync(CaseId, new Dictionary<string, Func<LedgerLine, (LedgerLine, LedgerChange)>>
        {
            ["W-00003"] = Unchanged("W-00003"),
        })).Refusals);

        await elsewhere.ChangeLinesAsync(CaseId, new Dictionary<string, Func<LedgerLine, (LedgerLine, LedgerChange)>>
        {
            ["W-00003"] = Pays(Payment("elsewhere", 1000m)),
        });
        var seen = 0;
        await here.PreviewChangeLinesAsync(CaseId, new Dictionary<string, Func<LedgerLine, (LedgerLine, LedgerChange)>>
        {
            ["W-00003"] = line => { seen = line.Payments.Count; return (line, LedgerChange.AlreadyApplied); },
        });
        await here.ChangeLinesAsync(CaseId, new Dictionary<string, Func<LedgerLine, (LedgerLine, LedgerChange)>>
        {
            ["W-00003"] = Pays(Payment("here", 1000m)),
        });

        Assert.Equal(1, seen);
        Assert.Equal(["elsewhere", "here"], (await elsewhere.GetLineAsync(CaseId, "W-00003"))!.Payments.Select(p => p.Id));
        Assert.Equal(2000m, (await here.GetSummaryAsync(CaseId)).Paid.For(Thb).Amount);
    }

    [Fact]
    public async Task A_ten_thousand_worker_ledger_is_written_in_batches_and_paged_back_with_exact_totals()
    {
        var store = await NewStoreAsync();
        var lines = LedgerLineBuilder.Many(10_570);
        var expected = MoneyTotals.Of(lines.Select(l => l.Claimed.For(Thb)));

        var batches = lines.Chunk(5000).Select((batch, i) => store.AddLinesAsync(CaseId, $"intake-{i}", batch));
        foreach (var batch in batches)
        {
            Assert.False((await batch).IsRefused);
        }

        var paged = new List<LedgerLine>();
        string? token = null;
        do
        {
            var page = await store.GetLinesAsync(CaseId, new PageRequest(1000, token));
            paged.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        var summary = await store.GetSummaryAsync(CaseId);
        Assert.Equal(10_570, paged.Count);
        Assert.Equal(10_570, paged.Select(l => l.WorkerRef).Distinct().Count());
        Assert.Equal(10_570, summary.Workers);
        Assert.Equal(expected, summary.Claimed);
        Assert.Equal(expected, MoneyTotals.Of(paged.Select(l => l.Claimed.For(Thb))));
        Assert.Equal(10_570, summary.Count(LedgerLineStatus.AwaitingFindings));
    }

    [Fact]
    public async Task Adding_the_same_batch_again_with_its_command_id_adds_nothing()
    {
        var store = await NewStoreAsync();
        var lines = LedgerLineBuilder.Many(250);

        var first = await store.AddLinesAsync(CaseId, "intake", lines);
        var again = await store.AddLinesAsync(CaseId, "intake", lines);

        Assert.Equal(250, first.LinesChanged);
        Assert.Equal(0, again.LinesChanged);
        Assert.False(again.IsRefused);
        Assert.Equal(250, (await store.GetSummaryAsync(CaseId)).Workers);
    }

    [Fact]
    public async Task A_batch_with_a_worker_already_in_the_case_is_refused_whole()
    {
        var store = await NewStoreAsync();
        await store.AddLinesAsync(CaseId, "intake", LedgerLineBuilder.Many(3));
        var batch = new[] { new LedgerLineBuilder().WithRef("W-NEW").Build(), new LedgerLineBuilder().WithRef("W-00002").Build() };

        var result = await store.AddLinesAsync(CaseId, "more", batch);

        Assert.True(result.IsRefused);
        Assert.Equal(["W-00002"], result.Refusals.Keys);
        Assert.Null(await store.GetLineAsync(CaseId, "W-NEW"));
        Assert.Equal(3, (await store.GetSummaryAsync(CaseId)).Workers);
    }

    [Fact]
    public async Task Payments_with_one_refusal_anywhere_write_nothing()
    {
        var store = await NewStoreAsync();
        await store.AddLinesAsync(CaseId, "intake", LedgerLineBuilder.Many(150, confirmed: true));
        var changes = Enumerable.Range(1, 150).ToDictionary(i => $"W-{i:D5}", i => Pays(Payment($"p-{i}", i == 140 ? 1_000_000m : 100m)));
        changes["W-99999"] = Pays(Payment("p-ghost", 1m));

        var result = await store.ChangeLinesAsync(CaseId, changes);

        Assert.True(result.IsRefused);
        Assert.Equal(["W-00140", "W-99999"], result.Refusals.Keys.Order(StringComparer.Ordinal));
        Assert.True((await store.GetSummaryAsync(CaseId)).Paid.IsZero);
        Assert.Empty((await store.GetLineAsync(CaseId, "W-00001"))!.Payments);
    }

    [Fact]
    public async Task Payments_recorded_twice_are_counted_once()
    {
        var store = await NewStoreAsync();
        await store.AddLinesAsync(CaseId, "intake", LedgerLineBuilder.Many(120, amount: 20000m, confirmed: true));
        var changes = Enumerable.Range(1, 120).ToDictionary(i => $"W-{i:D5}", i => Pays(Payment($"p-{i}", 12000m)));

        var first = await store.ChangeLinesAsync(CaseId, changes);
        var replay = await store.ChangeLinesAsync(CaseId, changes);

        Assert.Equal(120, first.LinesChanged);
        Assert.Equal(0, replay.LinesChanged);
        var summary = await store.GetSummaryAsync(CaseId);
        Assert.Equal(120 * 12000m, summary.Paid.For(Thb).Amount);
        Assert.Equal(120, summary.Count(LedgerLineStatus.PartiallyPaid));
    }

    [Fact]
    public async Task Concurrent_payment_batches_on_the_same_lines_are_both_counted()
    {
        var store = await NewStoreAsync();
        await store.AddLinesAsync(CaseId, "intake", LedgerLineBuilder.Many(20, amount: 20000m, confirmed: true));
        Dictionary<string, Func<LedgerLine, (LedgerLine, LedgerChange)>> Batch(string name) =>
            Enumerable.Range(1, 20).ToDictionary(i => $"W-{i:D5}", i => Pays(Payment($"{name}-{i}", 1000m)));

        await Task.WhenAll(store.ChangeLinesAsync(CaseId, Batch("a")), store.ChangeLinesAsync(CaseId, Batch("b")));

        var summary = await store.GetSummaryAsync(CaseId);
        Assert.Equal(20 * 2000m, summary.Paid.For(Thb).Amount);
        Assert.All(Enumerable.Range(1, 20), i => Assert.Equal(2, store.GetLineAsync(CaseId, $"W-{i:D5}").Result!.Payments.Count));
    }

    [Fact]
    public async Task Pages_show_each_worker_once_at_its_newest_version_after_several_changes()
    {
        var store = await NewStoreAsync();
        await store.AddLinesAsync(CaseId, "intake", LedgerLineBuilder.Many(250, amount: 20000m, confirmed: true));
        foreach (var batch in new[] { "a", "b", "c" })
        {
            await store.ChangeLinesAsync(CaseId, Enumerable.Range(1, 250).ToDictionary(i => $"W-{i:D5}", i => Pays(Payment($"{batch}-{i}", 1000m))));
        }

        var paged = new List<LedgerLine>();
        var page = new PageRequest(100, null);
        do
        {
            var result = await store.GetLinesAsync(CaseId, page);
            paged.AddRange(result.Items);
            page = new PageRequest(100, result.ContinuationToken);
        }
        while (page.ContinuationToken is not null);

        Assert.Equal(Enumerable.Range(1, 250).Select(i => $"W-{i:D5}"), paged.Select(l => l.WorkerRef));
        Assert.All(paged, line => Assert.Equal(3, line.Payments.Count));
        Assert.Equal(3, (await store.GetLineAsync(CaseId, "W-00250"))!.Payments.Count);
        Assert.Null(await store.GetLineAsync(CaseId, "W-0025"));
    }

    [Fact]
    public async Task The_summary_always_equals_the_sum_of_the_lines()
    {
        var store = await NewStoreAsync();
        await store.AddLinesAsync(CaseId, "intake", LedgerLineBuilder.Many(300, confirmed: true));
        await store.ChangeLinesAsync(CaseId, Enumerable.Range(1, 200).ToDictionary(i => $"W-{i:D5}", i => Pays(Payment($"p-{i}", 5000.5m))));
        await store.ChangeLinesAsync(CaseId, Enumerable.Range(1, 50).ToDictionary(
            i => $"W-{i:D5}",
            i => (Func<LedgerLine, (LedgerLine, LedgerChange)>)(line => line.RecordReceipt(new ReceiptConfirmation($"r-{i}", Thb, i % 10 != 0, i % 10 != 0 ? 5000.5m : 0m, "cash", false, new DateOnly(2026, 10, 9), [])))));

        // Workers added and paid in the second lane of transactions, confirmed in the first: the summary's parts
        // then count statuses the other part counted, and only their sum is whole.
        await store.ChangeLinesAsync(CaseId, Enumerable.Range(100, 51).ToDictionary(
            i => $"W-{i:D5}",
            i => (Func<LedgerLine, (LedgerLine, LedgerChange)>)(line => line.RecordReceipt(new ReceiptConfirmation($"r-{i}", Thb, true, 5000.5m, "cash", false, new DateOnly(2026, 10, 9), [])))));

        var lines = (await store.GetLinesAsync(CaseId, new PageRequest(1000, null))).Items;
        var summary = await store.GetSummaryAsync(CaseId);

        var recounted = LedgerSummary.Of(lines);
        Assert.Equal(recounted.Claimed, summary.Claimed);
        Assert.Equal(recounted.Confirmed, summary.Confirmed);
        Assert.Equal(recounted.Paid, summary.Paid);
        Assert.Equal(recounted.Verified, summary.Verified);
        Assert.Equal(recounted.WorkersByStatus, summary.WorkersByStatus);
        Assert.Equal(5, summary.Count(LedgerLineStatus.Disputed));
        Assert.Equal((200 - 5) * 5000.5m, summary.Paid.For(Thb).Amount);
    }
}

/// <summary>A continuation token tells nothing of what it points at, and a changed one is refused.</summary>
public class PageTokenTests
{
    [Fact]
    public async Task A_ledger_page_token_is_opaque_and_refused_when_changed_or_used_for_another_case()
    {
        var store = new TableLedgerStore(await TestStorage.NewTablesAsync(), TestStorage.Keys);
        await store.AddLinesAsync(
            "case-a", "intake", [.. Enumerable.Range(1, 3).Select(i => new LedgerLineBuilder().WithRef($"MM-WORKER-{i}").Build())]);

        var token = (await store.GetLinesAsync("case-a", new PageRequest(1, null))).ContinuationToken!;
        var readable = System.Text.Encoding.Latin1.GetString(
            System.Buffers.Text.Base64Url.DecodeFromChars(token.AsSpan(token.IndexOf('.', StringComparison.Ordinal) + 1)));
        var flipped = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

        Assert.DoesNotContain("MM-WORKER", token, StringComparison.Ordinal);
        Assert.DoesNotContain("MM-WORKER", readable, StringComparison.Ordinal);
        Assert.Equal("MM-WORKER-2", Assert.Single((await store.GetLinesAsync("case-a", new PageRequest(1, token))).Items).WorkerRef);
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => store.GetLinesAsync("case-a", new PageRequest(1, flipped)));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => store.GetLinesAsync("case-b", new PageRequest(1, token)));
    }
}
