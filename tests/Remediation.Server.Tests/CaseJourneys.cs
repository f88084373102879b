namespace Remediation.Server.Tests;

/// <summary>Case journeys through the API that the crash and scale-out tests share.</summary>
internal static class CaseJourneys
{
    /// <summary>Takes a new case to one of five stages: 0 triage, 1 acknowledgement, 2 findings submitted, 3 half paid, 4 fully paid.</summary>
    public static async Task DriveToAsync(ApiDriver api, string caseId, int stage)
    {
        if (stage == 0)
        {
            return;
        }

        await api.TriageAsync(caseId);
        if (stage == 1)
        {
            return;
        }

        await api.AcknowledgeAsync(caseId);
        await api.SubmitFindingsAsync(caseId);
        if (stage == 2)
        {
            return;
        }

        await api.AcceptFindingsAsync(caseId);
        await api.PlanAsync(caseId);
        await api.PayAsync(caseId, 0.5m, "half");
        if (stage == 4)
        {
            await api.PayAsync(caseId, 1m, "rest");
        }
    }

    /// <summary>Takes a case from wherever it is to closed, each step safe to repeat (payments and receipts carry ids).</summary>
    public static async Task FinishAsync(ApiDriver api, string caseId)
    {
        var until = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < until)
        {
            var view = await api.GetAsync(caseId);
            switch (ApiDriver.Stage(view))
            {
                case "Closed":
                    return;
                case "Triage":
                    await api.TriageAsync(caseId);
                    break;
                case "SupplierAcknowledgement":
                    await api.AcknowledgeAsync(caseId);
                    break;
                case "Investigation" when !view.GetProperty("findingsAwaitingDecision").GetBoolean():
                    await api.SubmitFindingsAsync(caseId);
                    break;
                case "Investigation":
                    await api.AcceptFindingsAsync(caseId);
                    break;
                case "RemediationPlan":
                    await api.PlanAsync(caseId);
                    break;
                case "Reimbursement" when (await api.LinesAsync(caseId)).Any(l => l.Outstanding > 0):
                    await api.PayAsync(caseId, 1m, "rest");
                    break;
                case "Verification":
                    await api.ConfirmReceiptsAsync(caseId);
                    await api.CloseRemediatedAsync(caseId);
                    break;
                default:
                    await Task.Delay(200);
                    break;
            }
        }

        Assert.Fail($"Case {caseId} did not finish: {await api.GetAsync(caseId)}");
    }

    /// <summary>
    /// A case opened with three workers (<see cref="ApiDriver.OpenAsync"/>) closed as remediated with exact totals:
    /// everything claimed paid and verified, nothing outstanding, each line paid in one or two payments, none twice.
    /// </summary>
    public static async Task AssertRemediatedExactlyAsync(ApiDriver api, string caseId)
    {
        var view = await api.GetAsync(caseId);
        Assert.Equal(("Closed", "Remediated"), (ApiDriver.Stage(view), view.GetProperty("outcome").GetString()));
        var claimed = ApiDriver.Amount(view, "claimed");
        Assert.Equal(3 * 20000m + 6, claimed);
        Assert.Equal((claimed, claimed, 0m), (ApiDriver.Amount(view, "paid"), ApiDriver.Amount(view, "verified"), ApiDriver.Amount(view, "outstanding")));
        foreach (var line in await api.LinesAsync(caseId))
        {
            Assert.Equal((line.Claimed, line.Claimed), (line.Paid, line.Verified));
            Assert.InRange(line.Payments, 1, 2);
        }
    }
}
