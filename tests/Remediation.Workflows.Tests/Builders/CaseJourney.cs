using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.Close;
using Remediation.Workflows.Commands.FindingsDecision;
using Remediation.Workflows.Commands.PlanDecision;

namespace Remediation.Workflows.Tests.Builders;

/// <summary>The usual steps of a case, each sent through the orchestration and awaited, so tests read as the story they tell.</summary>
internal sealed class CaseJourney(CaseWorld world, string caseId)
{
    public string CaseId => caseId;

    public static async Task<CaseJourney> OpenAsync(CaseWorld world, IntakeBuilder? intake = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        return new CaseJourney(world, await world.OpenAsync((intake ?? IntakeBuilder.ThreeWorkersTwoCurrencies()).Build()));
    }

    public Task<Case> TriageAsync(string priority = "standard") => world.SendAsync(caseId, CaseCommand.Triage, CaseWorld.Caseworker, Payloads.Accept(priority));

    public Task<Case> AcknowledgeAsync() => world.SendAsync(caseId, CaseCommand.Acknowledge, CaseWorld.Supplier, new { });

    public async Task<Case> SubmitFindingsAsync() =>
        await world.SendAsync(caseId, CaseCommand.SubmitFindings, CaseWorld.Supplier, Payloads.ConfirmEverything(await world.LinesAsync(caseId)));

    public Task<Case> AcceptFindingsAsync() => world.SendAsync(caseId, CaseCommand.DecideFindings, CaseWorld.Caseworker, new FindingsDecisionPayload(true));

    public Task<Case> ReturnFindingsAsync(string reason) => world.SendAsync(caseId, CaseCommand.DecideFindings, CaseWorld.Caseworker, new FindingsDecisionPayload(false, reason));

    public async Task<Case> SubmitPlanAsync(TimeSpan first, TimeSpan second) =>
        await world.SendAsync(caseId, CaseCommand.SubmitPlan, CaseWorld.Supplier, Payloads.TwoInstalments(await world.Ledger.GetSummaryAsync(caseId), DateTimeOffset.UtcNow + first, DateTimeOffset.UtcNow + second));

    public Task<Case> ApprovePlanAsync() => world.SendAsync(caseId, CaseCommand.DecidePlan, CaseWorld.Caseworker, new PlanDecisionPayload(true));

    /// <summary>Pays every worker <paramref name="share"/> of what each is still owed.</summary>
    public async Task<Case> PayAsync(decimal share, string batch, string? commandId = null) =>
        await world.SendAsync(caseId, CaseCommand.RecordPayments, CaseWorld.Supplier, Payloads.Pay(await world.LinesAsync(caseId), share, batch), commandId);

    public async Task<Case> ConfirmReceiptsAsync(string batch) =>
        await world.SendAsync(caseId, CaseCommand.RecordReceipts, CaseWorld.Partner, Payloads.ConfirmAll(await world.LinesAsync(caseId), batch));

    public Task<Case> CloseRemediatedAsync() => world.SendAsync(caseId, CaseCommand.Close, CaseWorld.Caseworker, new ClosePayload("remediated"));

    /// <summary>Triage, acknowledgement, findings confirming everything, accepted: the case is in RemediationPlan.</summary>
    public async Task<Case> ToPlanAsync()
    {
        await TriageAsync();
        await AcknowledgeAsync();
        await SubmitFindingsAsync();
        return await AcceptFindingsAsync();
    }

    /// <summary>On to Reimbursement with two instalments due in 30 and 60 minutes.</summary>
    public async Task<Case> ToReimbursementAsync()
    {
        await ToPlanAsync();
        await SubmitPlanAsync(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60));
        return await ApprovePlanAsync();
    }
}
