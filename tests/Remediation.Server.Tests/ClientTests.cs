using System.Net;
using System.Text;
using Remediation.Client;
using Remediation.Contracts.Commands;

namespace Remediation.Server.Tests;

/// <summary>The typed client against the server process: problems as one exception type, uploads with progress, lists as async streams.</summary>
public class ClientTests
{
    [Fact]
    public async Task The_typed_client_reports_problems_with_their_fields_uploads_with_progress_and_pages_lists()
    {
        await using var server = await ServerProcess.StartAsync();
        using var api = await ApiDriver.ConnectAsync(server);
        var caseId = await api.OpenAsync("CLIENT-1", workers: 3);

        var forbidden = await Assert.ThrowsAsync<RemediationApiException>(() => api.PartnerApi.TriageAsync(caseId, new TriageRequest { Accept = true }));
        var badSheet = await Assert.ThrowsAsync<RemediationApiException>(() =>
            api.PartnerApi.UploadWorkersAsync(caseId, new MemoryStream(Encoding.UTF8.GetBytes("ref;nationality;hiredOn;employmentStatus;category;amount;currency;paidTo;paidOn\r\nW-9;MM;2016-01-01;current;medical;lots;THB;clinic;2016-01-01\r\n")), SheetFormat.Csv));
        var progress = new List<long>();
        var queued = await api.PartnerApi.UploadWorkersAsync(
            caseId, new MemoryStream(Encoding.UTF8.GetBytes("ref,nationality,hiredOn,employmentStatus,category,amount,currency,paidTo,paidOn\r\nW-9,MM,2016-01-01,current,medical,250,THB,clinic,2016-01-01\r\n")),
            SheetFormat.Csv, new SynchronousProgress(progress), new CommandOptions { Wait = TimeSpan.FromSeconds(10) });
        var cases = new List<string>();
        await foreach (var item in api.CaseworkerApi.ListCasesAsync())
        {
            cases.Add(item.CaseId);
        }

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Contains("caseworkers", forbidden.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badSheet.Status);
        Assert.Equal(("row 2, column amount", 2), (badSheet.Errors[0].Path, badSheet.Errors[0].Row));
        Assert.Equal(CommandState.Applied, queued.Status);
        Assert.NotEmpty(progress);
        Assert.Equal(4, (await api.CaseworkerApi.GetCaseAsync(caseId)).Workers.Total);
        Assert.Contains(caseId, cases);
    }

    private sealed class SynchronousProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
