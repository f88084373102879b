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
}
