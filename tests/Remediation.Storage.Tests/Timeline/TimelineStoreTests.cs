using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Paging;
using Remediation.Domain.Parties;
using Remediation.Domain.Timeline;
using Remediation.Storage.Timeline;
using Remediation.Testing;

namespace Remediation.Storage.Tests.Timeline;

public class TimelineStoreTests
{
    private const string CaseId = "case-timeline";
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static TimelineRecord Record(int i) => new(Now.AddMinutes(i), Role.Supplier, "SUP-1", "note.added", $"Entry {i}: payroll | export; done.");

    private static async Task<(RemediationTables Tables, TableTimelineStore Store)> NewAsync()
    {
        var tables = await TestStorage.NewTablesAsync();
        return (tables, new TableTimelineStore(tables));
    }

    private static async Task AppendAsync(ITimelineStore store, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            Assert.True(await store.AppendAsync(CaseId, $"cmd-{i}", [Record(i)]));
        }
    }

    [Fact]
    public async Task Entries_come_back_in_order_each_linked_to_the_one_before()
    {
        var (_, store) = await NewAsync();
        await AppendAsync(store, 5);
        await store.AppendAsync(CaseId, "batch", [Record(6), Record(7)]);

        var entries = (await store.GetAsync(CaseId, new PageRequest(100, null))).Items;

        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], entries.Select(e => e.Sequence));
        Assert.Equal(TimelineHash.Genesis, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Equal((Role.Supplier, "SUP-1"), (entries[0].ActorRole, entries[0].ActorPartyId));
        Assert.True((await store.VerifyAsync(CaseId)).Intact);
    }

    [Fact]
    public async Task The_same_idempotency_key_appends_only_once()
    {
        var (_, store) = await NewAsync();

        Assert.True(await store.AppendAsync(CaseId, "cmd-1", [Record(1)]));
        Assert.False(await store.AppendAsync(CaseId, "cmd-1", [Record(1)]));

        Assert.Single((await store.GetAsync(CaseId, new PageRequest(100, null))).Items);
    }

    [Fact]
    public async Task A_tampered_entry_is_reported_as_the_first_broken_link()
    {
        var (tables, store) = await NewAsync();
        await AppendAsync(store, 6);
        var row = (await tables.Timeline.GetEntityAsync<TableEntity>(CaseId, "e|000000000003")).Value;
        row["Description"] = "Entry 3: payment of 20000 THB made.";
        await tables.Timeline.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);

        var verification = await store.VerifyAsync(CaseId);

        Assert.False(verification.Intact);
        Assert.Equal(3, verification.FirstBrokenSequence);
        Assert.Contains("changed", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rehashed_forgery_still_breaks_the_next_link()
    {
        var (tables, store) = await NewAsync();
        await AppendAsync(store, 4);
        var row = (await tables.Timeline.GetEntityAsync<TableEntity>(CaseId, "e|000000000002")).Value;
        var forged = TimelineEntry.Chain(2, row.GetString("PreviousHash"), new TimelineRecord(Now, Role.Caseworker, null, "note.added", "forged"));
        row["Description"] = forged.Description;
        row["ActorRole"] = forged.ActorRole.ToString();
        row["ActorPartyId"] = null;
        row["At"] = forged.At;
        row["Hash"] = forged.Hash;
        await tables.Timeline.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);

        var verification = await store.VerifyAsync(CaseId);

        Assert.Equal(3, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Removed_entries_are_detected()
    {
        var (tables, store) = await NewAsync();
        await AppendAsync(store, 5);

        await tables.Timeline.DeleteEntityAsync(CaseId, "e|000000000005");
        var truncated = await store.VerifyAsync(CaseId);
        await tables.Timeline.DeleteEntityAsync(CaseId, "e|000000000002");
        var gap = await store.VerifyAsync(CaseId);

        Assert.False(truncated.Intact);
        Assert.Equal(5, truncated.FirstBrokenSequence);
        Assert.Equal(2, gap.FirstBrokenSequence);
    }

    [Fact]
    public async Task Concurrent_appends_form_one_unbroken_chain()
    {
        var (_, store) = await NewAsync();

        await Task.WhenAll(Enumerable.Range(1, 12).Select(i => store.AppendAsync(CaseId, $"cmd-{i}", [Record(i)])));

        var verification = await store.VerifyAsync(CaseId);
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(12, verification.EntriesChecked);
    }

    [Fact]
    public async Task An_empty_timeline_verifies_as_intact() => Assert.True((await (await NewAsync()).Store.VerifyAsync("nothing-here")).Intact);
}
