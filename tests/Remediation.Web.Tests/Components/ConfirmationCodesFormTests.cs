using System.Net;
using System.Text.Json;
using Bunit;
using Remediation.Contracts.Cases;
using Remediation.Web.Components;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class ConfirmationCodesFormTests
{
    private static CaseView In(string stage) => JsonSerializer.Deserialize<CaseView>(Cases.View(stage), JsonSerializerOptions.Web)!;

    [Fact]
    public async Task Codes_for_the_sample_are_shown_once_in_a_table_that_downloads_as_csv_and_can_be_hidden()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("caseworker", answers: a => a
            .Answer("GET", "cases/C-1/verification-sample", Samples.View())
            .Answer("POST", "cases/C-1/confirmation-codes", Samples.Issued, HttpStatusCode.Created));
        using var _context = context;
        var csv = context.JSInterop.SetupVoid("remediationDownload", _ => true);
        csv.SetVoidResult();
        var confirmations = context.Render<WorkerConfirmations>(p => p.Add(c => c.Case, In("Verification")));

        confirmations.WaitForAssertion(() => Assert.True(confirmations.Find("input[name=codes-for][value=sample]").HasAttribute("checked")));
        Assert.Empty(confirmations.FindAll("#codes-workers"));
        confirmations.Find("input[name=codes-as][value=list]").Change(true);
        confirmations.Find("section[aria-labelledby=codes-title] form").Submit();

        confirmations.WaitForAssertion(() => Assert.Equal(2, confirmations.FindAll("table.codes tbody tr").Count));
        Assert.Equal(["MM-0001", "ABCD-EFGH-JKMN"], confirmations.FindAll("table.codes tbody tr")[0].Children.Select(c => c.TextContent));
        Assert.Contains("will not be shown again", confirmations.Find(".issued-codes .once").TextContent, StringComparison.Ordinal);
        Assert.Contains("1 Mar 2027", confirmations.Find(".issued-codes .once").TextContent, StringComparison.Ordinal);
        var sent = api.Requests.Single(r => r.Path == "cases/C-1/confirmation-codes");
        Assert.Equal("""{"sample":true}""", sent.Body);
        Assert.DoesNotContain("pdf", sent.Accept, StringComparison.Ordinal);

        confirmations.FindAll(".issued-codes button").Single(b => b.TextContent == "Download as CSV").Click();
        var download = Assert.Single(csv.Invocations);
        Assert.Equal(["confirmation-codes-CB-20261201-0a1b2c3d4e.csv", "text/csv"], download.Arguments.Take(2));
        Assert.Equal(
            "ref,code\r\nMM-0001,ABCD-EFGH-JKMN\r\nKH-0001,PQRS-TUVW-XYZ2\r\n", System.Text.Encoding.UTF8.GetString((byte[])download.Arguments[2]!));

        confirmations.FindAll(".issued-codes button").Single(b => b.TextContent == "Hide the codes").Click();
        Assert.Empty(confirmations.FindAll("table.codes"));
        Assert.DoesNotContain("ABCD-EFGH-JKMN", confirmations.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slips_for_the_sample_are_asked_for_as_pdf_and_saved_as_a_file_without_showing_any_code()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("partner", "PART-1", a => a
            .Answer("GET", "cases/C-1/verification-sample", Samples.View())
            .Answer("POST", "cases/C-1/confirmation-codes", "%PDF-1.7 slips", HttpStatusCode.OK));
        using var _context = context;
        var download = context.JSInterop.SetupVoid("remediationDownload", _ => true);
        download.SetVoidResult();
        var confirmations = context.Render<WorkerConfirmations>(p => p.Add(c => c.Case, In("Verification")));

        confirmations.WaitForAssertion(() => Assert.NotEmpty(confirmations.FindAll("input[name=codes-for][value=sample]")));
        confirmations.Find("#codes-language").Change("km");
        confirmations.Find("section[aria-labelledby=codes-title] form").Submit();

        confirmations.WaitForAssertion(() => Assert.Contains(
            "confirmation-slips-C-1.pdf", confirmations.Find("section[aria-labelledby=codes-title] .outcome").TextContent, StringComparison.Ordinal));
        Assert.Equal(["confirmation-slips-C-1.pdf", "application/pdf"], download.Invocations.Single().Arguments.Take(2));
        Assert.Equal("%PDF-1.7 slips", System.Text.Encoding.UTF8.GetString((byte[])download.Invocations.Single().Arguments[2]!));
        var sent = api.Requests.Single(r => r.Path == "cases/C-1/confirmation-codes");
        Assert.Contains("application/pdf", sent.Accept, StringComparison.Ordinal);
        Assert.Equal("""{"sample":true,"language":"km"}""", sent.Body);
        Assert.Contains("cannot be shown again", confirmations.Find("section[aria-labelledby=codes-title] .outcome").TextContent, StringComparison.Ordinal);
        Assert.Empty(confirmations.FindAll("table.codes"));
    }

    [Fact]
    public async Task Named_workers_are_sent_each_once_and_the_apis_errors_show_beside_their_fields()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("partner", "PART-1", a => a.Answer("POST", "cases/C-1/confirmation-codes", """
            {"type":"/api/v1/problems/validation","title":"Bad Request","status":400,"traceId":"t",
             "detail":"The request for codes is not valid; nothing was issued.",
             "errors":[{"path":"$.workers[1]","message":"A worker reference of the case, each once."},
                       {"path":"$.workers[2]","message":"The case has no worker MM-0009."},
                       {"path":"$.expiresOn","message":"expiresOn is a date after today and at most 366 days ahead (yyyy-MM-dd)."}]}
            """, HttpStatusCode.BadRequest));
        using var _context = context;
        var download = context.JSInterop.SetupVoid("remediationDownload", _ => true);
        download.SetVoidResult();
        var confirmations = context.Render<WorkerConfirmations>(p => p.Add(c => c.Case, In("Reimbursement")));

        // Before Verification there is no sample: it is not offered, nor asked for.
        Assert.Empty(confirmations.FindAll("input[name=codes-for][value=sample]"));
        Assert.DoesNotContain(api.Requests, r => r.Path == "cases/C-1/verification-sample");
        Assert.Equal(
            ["English", "မြန်မာ", "नेपाली", "বাংলা", "ไทย", "Bahasa Melayu", "ខ្មែរ", "Tiếng Việt", "Bahasa Indonesia"],
            confirmations.FindAll("#codes-language option").Skip(1).Select(o => o.TextContent));
        confirmations.Find("#codes-workers").Change("MM-0001, MM-0002\nMM-0009\r\nMM-0001");
        confirmations.Find("#codes-language").Change("my");
        confirmations.Find("#codes-expires").Change("2030-01-31");
        confirmations.Find("section[aria-labelledby=codes-title] form").Submit();

        confirmations.WaitForAssertion(() => Assert.Contains("not valid", confirmations.Find(".outcome").TextContent, StringComparison.Ordinal));
        Assert.Equal(
            ["MM-0002: A worker reference of the case, each once.", "The case has no worker MM-0009."],
            confirmations.FindAll("#codes-workers-error span").Select(s => s.TextContent));
        Assert.Equal("alert", confirmations.Find("#codes-workers-error").GetAttribute("role"));
        Assert.Equal("codes-workers-error", confirmations.Find("#codes-workers").GetAttribute("aria-describedby"));
        Assert.Contains("366 days", confirmations.Find("#codes-expires-error").TextContent, StringComparison.Ordinal);
        Assert.Contains("codes-expires-error", confirmations.Find("#codes-expires").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Empty(confirmations.Find("#codes-language-error").TextContent.Trim());
        Assert.Equal(
            """{"workers":["MM-0001","MM-0002","MM-0009"],"expiresOn":"2030-01-31","language":"my"}""",
            api.Requests.Single(r => r.Path == "cases/C-1/confirmation-codes").Body);
        Assert.Empty(download.Invocations);
        Assert.Empty(confirmations.FindAll("table.codes"));
    }
}
