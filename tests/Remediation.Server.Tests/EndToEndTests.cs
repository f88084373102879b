using Remediation.Domain.Deadlines;

namespace Remediation.Server.Tests;

/// <summary>The standalone server as a process, over real HTTP: what a partner's system sees.</summary>
public class EndToEndTests
{
    [Fact]
    public async Task A_case_goes_from_the_partners_report_to_remediated_through_the_api_only()
    {
        await using var server = await ServerProcess.StartAsync();
        using var api = await ApiDriver.ConnectAsync(server);

        var caseId = await api.OpenAsync("MWRN-2016-014", workers: 4);
        await api.TriageAsync(caseId);
        await api.AcknowledgeAsync(caseId);
        await api.SubmitFindingsAsync(caseId);
        await api.AcceptFindingsAsync(caseId);
        await api.PlanAsync(caseId);
        await api.PayAsync(caseId, 0.5m, "first");
        await api.PayAsync(caseId, 1m, "rest");
        await api.ConfirmReceiptsAsync(caseId);
        await api.CloseRemediatedAsync(caseId);

        var closed = await api.GetAsync(caseId);
        Assert.Equal("Remediated", closed.GetProperty("outcome").GetString());
        var claimed = 4 * 20000m + 1 + 2 + 3 + 4;
        Assert.Equal((claimed, claimed, claimed, 0m), (ApiDriver.Amount(closed, "confirmed"), ApiDriver.Amount(closed, "paid"), ApiDriver.Amount(closed, "verified"), ApiDriver.Amount(closed, "outstanding")));
    }

    [Fact]
    public async Task A_silent_supplier_is_escalated_on_a_timer_and_a_late_acknowledgement_resets_the_ladder()
    {
        // Policy days of 300 ms: acknowledgement due 2.1 s after triage, formal notice 2.1 s later.
        await using var server = await ServerProcess.StartAsync("00:00:00.300");
        using var api = await ApiDriver.ConnectAsync(server);
        var caseId = await api.OpenAsync("MWRN-SILENT", workers: 1);
        await api.TriageAsync(caseId);

        var escalated = await api.WaitAsync(caseId, c => c.GetProperty("escalationLevel").GetInt32() >= (int)EscalationLevel.FormalNotice, seconds: 30);
        await api.AcknowledgeAsync(caseId);
        var acknowledged = await api.GetAsync(caseId);

        Assert.Equal("SupplierAcknowledgement", ApiDriver.Stage(escalated));
        Assert.Equal(0, acknowledged.GetProperty("escalationLevel").GetInt32());
        var timeline = await api.Caseworker.GetStringAsync($"cases/{caseId}/timeline");
        Assert.Contains("Level 1 (reminder)", timeline, StringComparison.Ordinal);
        Assert.Contains("Level 2 (formal notice", timeline, StringComparison.Ordinal);
    }
}
