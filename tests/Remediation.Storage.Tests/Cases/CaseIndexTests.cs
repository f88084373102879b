using Azure.Data.Tables;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Paging;
using Remediation.Storage.Ledger;
using Remediation.Storage.Cases;
using Remediation.Storage.Tests.Builders;
using Remediation.Testing;

namespace Remediation.Storage.Tests.Cases;

public class CaseIndexTests
{
    private static readonly DateTimeOffset Now = CaseBuilder.Now.AddDays(10);

    private sealed record Fixture(RemediationTables Tables, TableCaseIndex Index, TableCaseStore Store);

    private static async Task<Fixture> NewAsync()
    {
        var tables = await TestStorage.NewTablesAsync();
        var ledger = new TableLedgerStore(tables, TestStorage.Keys);
        var index = new TableCaseIndex(tables, TestStorage.Keys, ledger);
        return new Fixture(tables, index, new TableCaseStore(tables, index, new Remediation.Storage.Reporting.TableReportFacts(tables), ledger));
    }

    private static async Task<IReadOnlyList<string>> AllIdsAsync(ICaseIndex index, CaseQuery query, int pageSize = 1000)
    {
        var ids = new List<string>();
        string? token = null;
        do
        {
            var page = await index.QueryAsync(query, Now, new PageRequest(pageSize, token));
            ids.AddRange(page.Items.Select(i => i.CaseId));
            token = page.ContinuationToken;
        }
        while (token is not null);

        return [.. ids.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Lists_by_stage_supplier_and_partner_come_from_the_index()
    {
        var f = await NewAsync();
        var a = new CaseBuilder().WithId("case-a").InStage(Stage.Investigation).WithParties("PART-1", "SUP-1").Build();
        var b = new CaseBuilder().WithId("case-b").InStage(Stage.Reimbursement).WithParties("PART-1", "SUP-2").Build();
        var c = new CaseBuilder().WithId("case-c").InStage(Stage.Investigation).WithParties("PART-2", "SUP-2").Build();
        foreach (var @case in new[] { a, b, c })
        {
            await f.Store.CreateAsync(@case);
        }

        Assert.Equal(["case-a", "case-c"], await AllIdsAsync(f.Index, new CaseQuery(Stage: Stage.Investigation)));
        Assert.Equal(["case-b", "case-c"], await AllIdsAsync(f.Index, new CaseQuery(SupplierId: "SUP-2")));
        Assert.Equal(["case-a", "case-b"], await AllIdsAsync(f.Index, new CaseQuery(PartnerId: "PART-1")));
        Assert.Equal(["case-b"], await AllIdsAsync(f.Index, new CaseQuery(PartnerId: "PART-1", SupplierId: "SUP-2")));
        Assert.Equal(["case-c"], await AllIdsAsync(f.Index, new CaseQuery(Stage: Stage.Investigation, SupplierId: "SUP-2")));
        Assert.Equal(["case-a", "case-b", "case-c"], await AllIdsAsync(f.Index, new CaseQuery()));
    }

    [Fact]
    public async Task Overdue_and_escalation_filters_use_the_deadline_index()
    {
        var f = await NewAsync();
        await f.Store.CreateAsync(new CaseBuilder().WithId("late-2").WithDeadline(Now.AddDays(-8), EscalationLevel.FormalNotice).Build());
        await f.Store.CreateAsync(new CaseBuilder().WithId("late-1").WithDeadline(Now.AddMinutes(-1), EscalationLevel.Reminder).Build());
        await f.Store.CreateAsync(new CaseBuilder().WithId("later-today").WithDeadline(Now.AddMinutes(1)).Build());
        await f.Store.CreateAsync(new CaseBuilder().WithId("on-time").WithDeadline(Now.AddDays(3)).Build());
        await f.Store.CreateAsync(new CaseBuilder().WithId("closed").InStage(Stage.Closed).Build());

        Assert.Equal(["late-1", "late-2"], await AllIdsAsync(f.Index, new CaseQuery(OverdueOnly: true)));
        Assert.Equal(["late-2"], await AllIdsAsync(f.Index, new CaseQuery(MinEscalationLevel: EscalationLevel.FormalNotice)));
        Assert.Equal(["late-1", "late-2"], [.. (await f.Index.DueAsync(Now).ToListAsync()).Select(i => i.CaseId).Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public async Task A_case_that_moves_on_leaves_its_old_lists()
    {
        var f = await NewAsync();
        var @case = new CaseBuilder().InStage(Stage.Investigation).WithDeadline(Now.AddDays(-1)).Build();
        var created = await f.Store.CreateAsync(@case);

        await f.Store.UpdateAsync(@case with { Stage = Stage.RemediationPlan, Deadline = Now.AddDays(14) }, created.Version!);

        Assert.Empty(await AllIdsAsync(f.Index, new CaseQuery(Stage: Stage.Investigation)));
        Assert.Empty(await AllIdsAsync(f.Index, new CaseQuery(OverdueOnly: true)));
        Assert.Equal([@case.Id], await AllIdsAsync(f.Index, new CaseQuery(Stage: Stage.RemediationPlan)));
    }

    [Fact]
    public async Task Pages_follow_continuation_tokens_through_a_query_string()
    {
        var f = await NewAsync();
        for (var i = 0; i < 25; i++)
        {
            await f.Store.CreateAsync(new CaseBuilder().WithId($"case-{i:D2}").Build());
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await f.Index.QueryAsync(new CaseQuery(PartnerId: "PART-1"), Now, new PageRequest(10, token));
            seen.AddRange(page.Items.Select(i => i.CaseId));
            pages++;
            token = page.ContinuationToken is null ? null : ThroughQueryString(page.ContinuationToken);
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(25, seen.Distinct().Count());
        Assert.Equal(25, seen.Count);
    }

    [Fact]
    public async Task A_token_from_another_list_or_made_up_is_rejected()
    {
        var f = await NewAsync();
        for (var i = 0; i < 3; i++)
        {
            await f.Store.CreateAsync(new CaseBuilder().Build());
        }

        var first = await f.Index.QueryAsync(new CaseQuery(PartnerId: "PART-1"), Now, new PageRequest(1, null));

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => f.Index.QueryAsync(new CaseQuery(SupplierId: "SUP-1"), Now, new PageRequest(1, first.ContinuationToken)));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => f.Index.QueryAsync(new CaseQuery(PartnerId: "PART-1"), Now, new PageRequest(1, "not-a-token!")));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => f.Index.QueryAsync(new CaseQuery(PartnerId: "PART-1"), Now, new PageRequest(1, "djEKY2FzZXM6eHh4CmFiYw")));
    }

    [Fact]
    public async Task A_rebuilt_index_equals_the_incrementally_maintained_one()
    {
        var f = await NewAsync();
        var stages = Enum.GetValues<Stage>();
        for (var i = 0; i < 30; i++)
        {
            var @case = new CaseBuilder().WithId($"case-{i:D2}").WithParties($"PART-{i % 3}", i % 4 == 0 ? null : $"SUP-{i % 5}")
                .InStage(stages[i % stages.Length], Now.AddDays(i - 15)).Build();
            var created = await f.Store.CreateAsync(@case);
            if (i % 2 == 0)
            {
                await f.Store.UpdateAsync(@case with { Stage = Stage.Verification, Deadline = Now.AddDays(i), Outcome = null, AcceptedAt = Now }, created.Version!);
            }
        }

        var incremental = await SnapshotAsync(f.Tables.CaseIndex);
        await f.Tables.CaseIndex.AddEntityAsync(new TableEntity("stage|Triage", "stale-entry"));

        var rebuilt = await f.Index.RebuildAsync(f.Store);

        Assert.Equal(30, rebuilt);
        Assert.Equal(incremental, await SnapshotAsync(f.Tables.CaseIndex));
    }

    private static string ThroughQueryString(string token)
    {
        var uri = new Uri("http://127.0.0.1/api/v1/cases?continuationToken=" + Uri.EscapeDataString(token));
        return Uri.UnescapeDataString(uri.Query["?continuationToken=".Length..]);
    }

    private static async Task<IReadOnlyList<string>> SnapshotAsync(TableClient table)
    {
        var rows = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            var properties = row.Where(p => p.Key is not ("odata.etag" or "Timestamp")).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}");
            rows.Add(string.Join(";", properties));
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }
}
