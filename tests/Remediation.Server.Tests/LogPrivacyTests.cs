namespace Remediation.Server.Tests;

/// <summary>The server's logs of a whole case, at Information level, searched for what must never be in them.</summary>
public class LogPrivacyTests
{
    [Fact]
    public async Task Logs_of_a_full_lifecycle_hold_no_request_bodies_worker_references_or_api_keys()
    {
        await using var server = await ServerProcess.StartAsync(logLevel: "Information");
        using var api = await ApiDriver.ConnectAsync(server);
        var caseId = await api.OpenAsync("MWRN-LOGS", workers: 3);
        await api.TriageAsync(caseId);
        await api.AcknowledgeAsync(caseId);
        await api.SubmitFindingsAsync(caseId);
        await api.AcceptFindingsAsync(caseId);
        await api.PlanAsync(caseId);
        await api.PayAsync(caseId, 1m, "all");
        await api.ConfirmReceiptsAsync(caseId);
        await api.CloseRemediatedAsync(caseId);
        await api.Caseworker.GetStringAsync($"cases/{caseId}/workers?pageSize=2");

        var logs = server.Output;

        Assert.Contains($"Case {caseId}: RecordPayments applied", logs, StringComparison.Ordinal);
        string[] forbidden =
        [
            "MM-0001", "MM-0002", "MM-0003", ServerProcess.AdminKey, .. api.Keys,
            "recruitment_fee", "Myanmar workers paid", "Agents charged fees", "Cal-Comp Electronics", "bank_transfer",
        ];
        Assert.All(forbidden, text => Assert.DoesNotContain(text, logs, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_of_workers_answering_with_their_codes_hold_neither_the_codes_nor_the_workers()
    {
        await using var server = await ServerProcess.StartAsync(logLevel: "Debug");
        using var api = await ApiDriver.ConnectAsync(server);
        var caseId = await api.OpenAsync("MWRN-CODES-LOGS", workers: 2);
        await CaseJourneys.DriveToAsync(api, caseId, 4);
        await api.WaitAsync(caseId, v => ApiDriver.Stage(v) == "Verification");
        var codes = (await api.SampleCodesAsync(caseId)).Values.ToList();

        using var phone = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(server.Address, "/") };
        foreach (var code in codes)
        {
            var page = await phone.GetStringAsync($"confirm/{code}");
            var token = ApiDriver.FormToken(page);
            using var answer = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["code"] = code, ["answer"] = "none", ["pressure"] = "yes",
            });
            Assert.Equal(System.Net.HttpStatusCode.OK, (await phone.PostAsync("confirm", answer)).StatusCode);
        }

        await api.WaitAsync(caseId, v => v.GetProperty("priority").GetString() == "priority");
        var logs = server.Output;
        Assert.Contains($"Case {caseId}: RecordReceipts applied", logs, StringComparison.Ordinal);
        Assert.All(codes, code =>
        {
            Assert.DoesNotContain(code, logs, StringComparison.Ordinal);
            Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), logs, StringComparison.Ordinal);
        });
        Assert.All(["MM-0001", "MM-0002", "Cal-Comp Electronics"], text => Assert.DoesNotContain(text, logs, StringComparison.Ordinal));
    }
}
