using Azure.Data.Tables;
using Remediation.Domain;
using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Ledger;
using Remediation.Storage.Cases;
using Remediation.Storage.Ledger;
using Remediation.Storage.Tests.Builders;
using Remediation.Testing;

namespace Remediation.Storage.Tests.Limits;

/// <summary>
/// Azure Table Storage's limits hold for everything the product writes, even where Azurite is lenient: long texts in
/// any script and long ledger lines are stored in parts, and anything that still would not fit is refused before a
/// byte is sent.
/// </summary>
public class StorageLimitTests
{
    private static readonly string Thai = string.Concat(Enumerable.Repeat(
        "แรงงานจ่ายค่าธรรมเนียมให้นายหน้า ", 125))[..4000];

    [Fact]
    public async Task A_case_with_the_longest_texts_in_thai_is_saved_and_read_back_whole()
    {
        var tables = await TestStorage.NewTablesAsync();
        var ledger = new TableLedgerStore(tables, TestStorage.Keys);
        var store = new TableCaseStore(tables, new TableCaseIndex(tables, TestStorage.Keys, ledger), new Remediation.Storage.Reporting.TableReportFacts(tables), ledger);
        var @case = new CaseBuilder().Complete().Build() with
        {
            Summary = Thai, RootCause = Thai, ClosingReason = Thai[..Case.MaxReasonLength], PlanJustification = Thai[..Case.MaxReasonLength],
            RecentCommandIds = [.. Enumerable.Range(0, Case.RecentCommandLimit).Select(i => $"{i:D4}-" + new string('k', 59))],
        };

        Assert.Null(store.WhyNotStorable(@case));
        Assert.False((await store.CreateAsync(@case)).IsConflict);
        var read = (await store.GetAsync(@case.Id))!.Value;

        Assert.Equal(Thai, read.Summary);
        Assert.Equal(Thai, read.RootCause);
        Assert.Equal(@case.RecentCommandIds, read.RecentCommandIds);
    }

    [Fact]
    public async Task A_worker_line_with_the_most_payments_and_receipts_is_stored_in_parts_and_read_back_whole()
    {
        var tables = await TestStorage.NewTablesAsync();
        var store = new TableLedgerStore(tables, TestStorage.Keys);
        var line = new LedgerLineBuilder().WithRef("W-LONG").WithFee(1_000_000m, "THB").Confirmed().Build();
        var evidence = Enumerable.Range(0, 20).Select(i => $"ev-{i:D24}").ToArray();
        for (var i = 0; i < LedgerLine.MaxPayments; i++)
        {
            (line, _) = line.RecordPayment(new Payment(
                $"payment-{i:D4}-{new string('p', 50)}", Money.Of(1m, "THB"), new DateOnly(2026, 1, 1), new string('m', 100), evidence));
        }

        await store.AddLinesAsync("case-long", "intake", [line]);
        var stored = tables.LedgerShards
            .SelectMany(t => t.Query<TableEntity>(e => e.PartitionKey == "case-long" && e.RowKey != "summary" && e.RowKey.CompareTo("line|") > 0))
            .Single();
        Assert.True(stored.ContainsKey("Doc1"), "a line this long is kept in parts");
        var read = await store.GetLineAsync("case-long", "W-LONG");

        Assert.Equal(LedgerLine.MaxPayments, read!.Payments.Count);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(line), System.Text.Json.JsonSerializer.Serialize(read));
        var refused = read.RecordPayment(new Payment("one-more", Money.Of(1m, "THB"), new DateOnly(2026, 1, 1), "cash", []));
        Assert.True(refused.Change.IsRefused);
    }

    [Fact]
    public async Task Many_long_lines_changed_at_once_are_written_in_transactions_that_fit()
    {
        var store = new TableLedgerStore(await TestStorage.NewTablesAsync(), TestStorage.Keys);
        var lines = LedgerLineBuilder.Many(98, confirmed: true);
        await store.AddLinesAsync("case-wide", "intake", lines);
        var evidence = Enumerable.Range(0, 20).Select(i => $"ev-{i:D24}").ToArray();
        var payments = lines.ToDictionary(
            l => l.WorkerRef,
            l => (Func<LedgerLine, (LedgerLine, LedgerChange)>)(line =>
            {
                var changed = line;
                for (var i = 0; i < 40; i++)
                {
                    (changed, _) = changed.RecordPayment(new Payment(
                        $"p-{i:D3}-{new string('x', 56)}", Money.Of(0.01m, "THB"), new DateOnly(2026, 1, 1), new string('m', 100), evidence));
                }

                return (changed, LedgerChange.Applied);
            }));

        var write = await store.ChangeLinesAsync("case-wide", payments);

        Assert.False(write.IsRefused);
        Assert.Equal(98, write.LinesChanged);
        Assert.Equal(40, (await store.GetLineAsync("case-wide", lines[97].WorkerRef))!.Payments.Count);
    }

    [Theory]
    [InlineData("a string property over 64 KiB")]
    [InlineData("an entity over 1 MiB")]
    [InlineData("a row key with a line feed")]
    [InlineData("more than 252 properties")]
    public async Task A_write_azure_would_refuse_is_refused_before_it_is_sent(string what)
    {
        var tables = await TestStorage.NewTablesAsync();
        var entity = what switch
        {
            "a string property over 64 KiB" => new TableEntity("p", "r") { ["Text"] = new string('x', 33_000) },
            "an entity over 1 MiB" => Wide(20, 30_000),
            "a row key with a line feed" => new TableEntity("p", "W-1\n"),
            _ => Wide(253, 1),
        };

        var refused = await Assert.ThrowsAsync<StorageLimitExceededException>(() => tables.Cases.AddEntityAsync(entity));

        Assert.Contains("Azure Table Storage's limits", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("W-1", refused.Message, StringComparison.Ordinal);
        Assert.Empty(tables.Cases.Query<TableEntity>().ToList());
    }

    [Fact]
    public async Task A_transaction_azure_would_refuse_is_refused_before_it_is_sent()
    {
        var tables = await TestStorage.NewTablesAsync();
        var actions = Enumerable.Range(0, 10)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, Wide(15, 30_000, $"r{i}")))
            .ToList();

        await Assert.ThrowsAsync<StorageLimitExceededException>(() => tables.Cases.SubmitTransactionAsync(actions));

        Assert.Empty(tables.Cases.Query<TableEntity>().ToList());
    }

    private static TableEntity Wide(int properties, int length, string rowKey = "r")
    {
        var entity = new TableEntity("p", rowKey);
        for (var i = 0; i < properties; i++)
        {
            entity[$"P{i}"] = new string('x', length);
        }

        return entity;
    }
}
