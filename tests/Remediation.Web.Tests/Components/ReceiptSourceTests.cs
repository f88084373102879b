using Bunit;
using Remediation.Contracts.Cases;
using Remediation.Web.Components;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class ReceiptSourceTests
{
    private static readonly WorkerCounts Counts = new() { Total = 2, Owed = 0, ByStatus = new Dictionary<string, int> { ["Verified"] = 2 } };

    [Theory]
    [InlineData("partner")]
    [InlineData("caseworker")]
    public async Task The_ledger_tells_a_workers_own_confirmation_from_a_receipt_the_partner_recorded(string role)
    {
        var (context, _) = await ConsoleContext.SignedInAsync(role, role == "partner" ? "PART-1" : null, a => a.Answer("GET", "cases/C-1/workers",
            $$"""{"items":[{{Receipts.Line("MM-0001", "worker")}},{{Receipts.Line("MM-0002", "interview")}}]}"""));
        using var _context = context;

        var table = context.Render<WorkersTable>(p => p.Add(t => t.CaseId, "C-1").Add(t => t.Counts, Counts));

        table.WaitForAssertion(() => Assert.Equal(2, table.FindAll("tr.worker").Count));
        Assert.Equal("confirmed by the worker", table.FindAll("tr.worker")[0].QuerySelector(".receipt-source.by-worker")!.TextContent);
        Assert.Single(table.FindAll("tr.worker")[0].QuerySelectorAll(".receipt-source"));
        Assert.Equal("recorded by the partner", table.FindAll("tr.worker")[1].QuerySelector(".receipt-source.by-partner")!.TextContent);
        Assert.Single(table.FindAll("tr.worker")[1].QuerySelectorAll(".receipt-source"));
    }

    [Fact]
    public async Task The_timeline_marks_a_workers_own_answer_and_the_partners_record()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("partner", "PART-1", a => a
            .Answer("GET", "cases/C-1/timeline", Receipts.Timeline)
            .Answer("GET", "cases/C-1/timeline/verify", """{"caseId":"C-1","intact":true,"entriesChecked":2}"""));
        using var _context = context;

        var timeline = context.Render<TimelineView>(p => p.Add(t => t.CaseId, "C-1"));

        timeline.WaitForAssertion(() => Assert.Equal(2, timeline.FindAll("ol.timeline li").Count));
        Assert.Equal("recorded by the partner", timeline.FindAll("ol.timeline li")[0].QuerySelector(".receipt-source.by-partner")!.TextContent);
        Assert.Equal("confirmed by the worker", timeline.FindAll("ol.timeline li")[1].QuerySelector(".receipt-source.by-worker")!.TextContent);
    }

    [Fact]
    public async Task A_supplier_sees_no_receipt_source_in_the_ledger_or_the_timeline()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("supplier", "SUP-1", a => a
            .Answer("GET", "cases/C-1/workers", $$"""{"items":[{{Receipts.Line("MM-0001", "worker")}}]}""")
            .Answer("GET", "cases/C-1/timeline", Receipts.Timeline)
            .Answer("GET", "cases/C-1/timeline/verify", """{"caseId":"C-1","intact":true,"entriesChecked":2}"""));
        using var _context = context;

        var table = context.Render<WorkersTable>(p => p.Add(t => t.CaseId, "C-1").Add(t => t.Counts, Counts));
        var timeline = context.Render<TimelineView>(p => p.Add(t => t.CaseId, "C-1"));

        table.WaitForAssertion(() => Assert.Single(table.FindAll("tr.worker")));
        timeline.WaitForAssertion(() => Assert.Equal(2, timeline.FindAll("ol.timeline li").Count));
        Assert.Empty(table.FindAll(".receipt-source"));
        Assert.Empty(timeline.FindAll(".receipt-source"));
    }
}
