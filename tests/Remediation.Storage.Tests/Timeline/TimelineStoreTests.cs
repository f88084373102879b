using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Keys;
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
        return (tables, new TableTimelineStore(tables, await TestStorage.NewBlobsAsync(), TestStorage.Keys));
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
        var forged = TimelineEntry.Chain(
            2, row.GetString("PreviousHash"), new TimelineRecord(Now, Role.Caseworker, null, "note.added", "forged"), TestStorage.Keys);
        await ReplaceAsync(tables, forged);

        var verification = await store.VerifyAsync(CaseId);

        Assert.Equal(3, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task An_entry_rehashed_without_the_key_is_reported_even_when_the_whole_chain_after_it_is_rehashed()
    {
        var (tables, store) = await NewAsync();
        await AppendAsync(store, 5);
        var unkeyed = KeyRing.Generate("test");

        // A writer of the tables re-chains from entry 3 on with a key of its own (same id): every link and the head agree.
        await RechainAsync(
            tables, from: 3, count: 5, unkeyed, e => e.Sequence == 3 ? e with { Description = "Entry 3: payment of 20000 THB made." } : e);
        var verification = await store.VerifyAsync(CaseId);

        Assert.False(verification.Intact);
        Assert.Equal(3, verification.FirstBrokenSequence);
        Assert.Contains("changed", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_rewritten_with_the_key_itself_is_caught_by_the_append_only_checkpoints()
    {
        var (tables, store) = await NewAsync();
        await AppendAsync(store, 6);

        // Even someone holding the key (the app's own identity gone rogue) cannot rewrite what the checkpoints recorded.
        await RechainAsync(
            tables, from: 4, count: 6, TestStorage.Keys, e => e.Sequence == 4 ? e with { Description = "Entry 4: nothing to see." } : e);
        var verification = await store.VerifyAsync(CaseId);

        Assert.False(verification.Intact);
        Assert.Contains("rewritten", verification.Problem, StringComparison.Ordinal);
        Assert.Equal(3, verification.CheckpointedThrough);
        Assert.Equal(4, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Entries_removed_from_the_end_with_the_head_moved_back_are_caught_by_the_checkpoints()
    {
        var (tables, store) = await NewAsync();
        await AppendAsync(store, 5);
        var fourth = (await tables.Timeline.GetEntityAsync<TableEntity>(CaseId, "e|000000000004")).Value;
        await tables.Timeline.DeleteEntityAsync(CaseId, "e|000000000005");
        var head = (await tables.Timeline.GetEntityAsync<TableEntity>(CaseId, "head")).Value;
        head["Sequence"] = 4L;
        head["Hash"] = fourth.GetString("Hash");
        await tables.Timeline.UpdateEntityAsync(head, ETag.All, TableUpdateMode.Replace);

        var verification = await store.VerifyAsync(CaseId);

        Assert.False(verification.Intact);
        Assert.Equal(5, verification.FirstBrokenSequence);
        Assert.Contains("removed", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_intact_timeline_is_vouched_for_by_its_checkpoints_to_the_last_entry()
    {
        var (_, store) = await NewAsync();
        await AppendAsync(store, 3);
        await store.AppendAsync(CaseId, "cmd-3", [Record(3)]);

        var verification = await store.VerifyAsync(CaseId);

        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(3, verification.CheckpointedThrough);
    }

    /// <summary>
    /// Rewrites entries <paramref name="from"/> to <paramref name="count"/> (changed by <paramref name="change"/>) as a chain
    /// under <paramref name="ring"/>, head too.
    /// </summary>
    private static async Task RechainAsync(RemediationTables tables, int from, int count, KeyRing ring, Func<TimelineEntry, TimelineEntry> change)
    {
        var previous = (await tables.Timeline.GetEntityAsync<TableEntity>(CaseId, $"e|{from - 1:D12}")).Value.GetString("Hash");
        for (var sequence = from; sequence <= count; sequence++)
        {
            var row = (await tables.Timeline.GetEntityAsync<TableEntity>(CaseId, $"e|{sequence:D12}")).Value;
            var original = change(new TimelineEntry(
                sequence, row.GetDateTimeOffset("At")!.Value, Enum.Parse<Role>(row.GetString("ActorRole")), row.GetString("ActorPartyId"),
                row.GetString("Kind"), row.GetString("Description"), previous, string.Empty, ring.CurrentId));
            var forged = TimelineEntry.Chain(
                sequence,
                previous,
                new TimelineRecord(original.At, original.ActorRole, original.ActorPartyId, original.Kind, original.Description),
                ring);
            await ReplaceAsync(tables, forged);
            previous = forged.Hash;
        }

        var head = (await tables.Timeline.GetEntityAsync<TableEntity>(CaseId, "head")).Value;
        head["Hash"] = previous;
        await tables.Timeline.UpdateEntityAsync(head, ETag.All, TableUpdateMode.Replace);
    }

    private static async Task ReplaceAsync(RemediationTables tables, TimelineEntry forged)
    {
        var row = (await tables.Timeline.GetEntityAsync<TableEntity>(CaseId, $"e|{forged.Sequence:D12}")).Value;
        row["Description"] = forged.Description;
        row["ActorRole"] = forged.ActorRole.ToString();
        row["ActorPartyId"] = forged.ActorPartyId;
        row["At"] = forged.At;
        row["PreviousHash"] = forged.PreviousHash;
        row["Hash"] = forged.Hash;
        row["KeyId"] = forged.KeyId;
        await tables.Timeline.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);
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
