using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Remediation.Web.Pages;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class NewCaseTests
{
    private const string Preview = """
        {"rows":3,"workers":[
          {"ref":"W-1","nationality":"MM","employmentStatus":"current","fees":[{"category":"recruitment_fee","amount":20000.50,"currency":"THB"},{"category":"medical","amount":1500,"currency":"THB"}]},
          {"ref":"W-2","nationality":"KH","employmentStatus":"former","fees":[{"category":"recruitment_fee","amount":18000,"currency":"THB"}]}]}
        """;

    [Fact]
    public async Task A_workers_file_is_previewed_before_the_grievance_is_sent_and_problems_are_listed_by_row()
    {
        var (context, api) = await ConsoleContext.SignedInAsync("partner", "PART-1", a => a.Answer("POST", "sheets/workers", Preview));
        using var _context = context;
        var page = context.Render<NewCase>();
        Assert.True(page.Find("button[type=submit]").HasAttribute("disabled"));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("ref,nationality\r\n", "workers.csv"));

        page.WaitForAssertion(() => Assert.Contains("2 workers in 3 rows", page.Markup, StringComparison.Ordinal));
        var first = page.FindAll("table.preview tbody tr")[0].Children.Select(c => c.TextContent).ToList();
        Assert.Equal(["W-1", "MM", "current", "21500.50 THB"], first);
        Assert.False(page.Find("button[type=submit]").HasAttribute("disabled"));
        Assert.Single(api.Requests, r => r.Path == "sheets/workers");
    }

    [Fact]
    public async Task A_refused_file_lists_each_problem_by_row_and_column_and_cannot_be_sent()
    {
        var (context, _) = await ConsoleContext.SignedInAsync("partner", "PART-1", a => a.Answer("POST", "sheets/workers", """
            {"type":"/api/v1/problems/validation","title":"Bad Request","status":400,"detail":"The spreadsheet has 1 problem.","traceId":"t",
             "errors":[{"path":"row 3, column currency","message":"Unknown currency XXX.","row":3,"column":"currency"}]}
            """, HttpStatusCode.BadRequest));
        using var _context = context;
        var page = context.Render<NewCase>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("x", "workers.csv"));

        page.WaitForAssertion(() => Assert.Contains("row 3, column currency: Unknown currency XXX.", page.Find("ul.row-problems").TextContent, StringComparison.Ordinal));
        Assert.True(page.Find("button[type=submit]").HasAttribute("disabled"));
    }
}
