using Bunit;
using Remediation.Web.Components;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class EvidenceListTests
{
    [Fact]
    public async Task Evidence_is_listed_and_downloaded_with_the_signed_in_key_into_a_file_of_its_type()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("caseworker", answers: a => a
            .Answer(
                "GET",
                "cases/C-1/evidence",
                """{"items":[{"evidenceId":"ev-1a2b","sha256":"ab12","contentType":"application/pdf","size":"""
                + """48213,"uploadedAt":"2026-11-30T10:00:00+00:00","visibility":"all-parties"}]}""")
            .Answer("GET", "cases/C-1/evidence/ev-1a2b", "%PDF-1.7"));
        using var _context = context;
        var download = context.JSInterop.SetupVoid("remediationDownload", _ => true);

        var list = context.Render<EvidenceList>(p => p.Add(e => e.CaseId, "C-1"));

        list.WaitForAssertion(() => Assert.Single(list.FindAll("table.evidence tbody tr")));
        Assert.Equal(["ev-1a2b", "application/pdf", "48,213", "2026-11-30 10:00"], list.FindAll("table.evidence tbody tr")[0].Children.Take(4).Select(c => c.TextContent));
        list.Find("button[aria-label='Download ev-1a2b']").Click();
        list.WaitForAssertion(() => Assert.Single(download.Invocations));
        Assert.Equal(["ev-1a2b", "application/pdf"], download.Invocations.Single().Arguments.Take(2));
        Assert.Contains(api.Requests, r => r.Path == "cases/C-1/evidence/ev-1a2b");
    }
}
