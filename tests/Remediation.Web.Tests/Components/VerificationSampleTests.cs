using System.Text.Json;
using Bunit;
using Remediation.Contracts.Confirmations;
using Remediation.Web.Components;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class VerificationSampleTests
{
    private static VerificationSampleView Sample(bool fullVerificationRequired) =>
        JsonSerializer.Deserialize<VerificationSampleView>(Samples.View(fullVerificationRequired), JsonSerializerOptions.Web)!;

    [Fact]
    public async Task The_sample_shows_how_it_was_drawn_its_strata_with_totals_and_the_command_to_redraw_it()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("partner", "PART-1");
        using var _context = context;

        var view = context.Render<VerificationSampleSummary>(p => p.Add(s => s.Sample, Sample(fullVerificationRequired: false)));

        Assert.Equal("Verification sample", view.Find("h2").TextContent);
        Assert.Empty(view.FindAll(".full-verification"));
        var facts = view.FindAll(".sample-facts dt")
            .Zip(view.FindAll(".sample-facts dd"), (t, d) => (t.TextContent, d.TextContent.Trim()))
            .ToDictionary();
        Assert.Equal("stratified-proportional-sha256-v1", facts["Method"]);
        Assert.Equal("5f1c9a0e7b3d4c21", facts["Seed"]);
        Assert.Equal("1 Dec 2026 09:30 UTC", facts["Drawn"]);
        Assert.StartsWith("10% of the workers owed, at least 30", facts["Policy"], StringComparison.Ordinal);
        Assert.Contains("more than 5% of the sampled workers dispute", facts["Policy"], StringComparison.Ordinal);
        Assert.StartsWith("1,240 workers owed", facts["Population"], StringComparison.Ordinal);
        Assert.Equal("40 workers: 25 confirmed, 3 disputed, 12 not yet answered", facts["Sample"]);
        Assert.Equal("No", facts["Full verification required"]);
        Assert.Equal("Redraw from seed 5f1c9a0e7b3d4c21 with method stratified-proportional-sha256-v1", view.Find("p.redraw").TextContent);
        var rows = view.FindAll("table.strata tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal(["MM", "Golden Land Agency", "Current", "1,000", "30", "20", "3", "7"], rows[0]);
        Assert.Equal(["KH", "Angkor Manpower", "Former", "240", "10", "5", "0", "5"], rows[1]);
        Assert.Equal(["Total", "1,240", "40", "25", "3", "12"], view.Find("table.strata tfoot tr").Children.Select(c => c.TextContent));
    }

    [Fact]
    public async Task Full_verification_when_required_is_said_first_and_why()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("caseworker");
        using var _context = context;

        var view = context.Render<VerificationSampleSummary>(p => p.Add(s => s.Sample, Sample(fullVerificationRequired: true)));

        var flag = view.Find("section.sample > p.full-verification");
        Assert.Equal("full-verification", view.Find("section.sample").Children[1].ClassName);
        Assert.StartsWith("Full verification required.", flag.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("3 of the 40 sampled workers disputed a receipt, more than the policy's 5%", flag.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_shows_the_sample_to_the_partner_once_drawn()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("partner", "PART-1", a => CasePageAnswers(a, "Verification")
            .Answer("GET", "cases/C-1/verification-sample", Samples.View()));
        using var _context = context;

        var page = context.Render<Remediation.Web.Pages.CasePage>(p => p.Add(c => c.CaseId, "C-1"));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("section.sample table.strata")));
        Assert.NotEmpty(page.FindAll("section[aria-labelledby=confirmations-title] section[aria-labelledby=codes-title]"));
        Assert.Single(api.Requests, r => r.Path == "cases/C-1/verification-sample");
    }

    [Fact]
    public async Task A_supplier_sees_no_codes_no_sample_and_no_receipt_sources_nor_asks_for_them()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("supplier", "SUP-1", a => CasePageAnswers(a, "Verification")
            .Answer("GET", "cases/C-1/verification-sample", Samples.View()));
        using var _context = context;

        var page = context.Render<Remediation.Web.Pages.CasePage>(p => p.Add(c => c.CaseId, "C-1"));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("ol.timeline li")));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tr.worker")));
        Assert.Empty(page.FindAll(
            "section[aria-labelledby=confirmations-title], section[aria-labelledby=codes-title], section.sample, .receipt-source"));
        var text = string.Concat(page.Nodes.Select(n => n.TextContent));
        foreach (var word in new[] { "confirmation", "Confirmation", "codes", "sample", "Sample", "by the worker", "by the partner" })
        {
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(
            api.Requests, r => r.Path.Contains("confirmation", StringComparison.Ordinal) || r.Path.Contains("sample", StringComparison.Ordinal));
    }

    /// <summary>What the case page reads: the case, its ledger (a worker's own receipt and a partner's), evidence and timeline.</summary>
    private static FakeApi CasePageAnswers(FakeApi api, string stage) => api
        .Answer("GET", "cases/C-1", Cases.View(stage))
        .Answer("GET", "cases/C-1/workers", $$"""{"items":[{{Receipts.Line("MM-0001", "worker")}},{{Receipts.Line("MM-0002", "interview")}}]}""")
        .Answer("GET", "cases/C-1/evidence", """{"items":[]}""")
        .Answer("GET", "cases/C-1/timeline", Receipts.Timeline)
        .Answer("GET", "cases/C-1/timeline/verify", """{"caseId":"C-1","intact":true,"entriesChecked":2}""");
}
