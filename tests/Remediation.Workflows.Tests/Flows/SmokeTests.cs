using Remediation.Domain.Cases;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

public class SmokeTests
{
    [Fact]
    public async Task Triage_moves_a_new_case_on()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMinutes(1));
        var caseId = await world.OpenAsync(IntakeBuilder.ThreeWorkersTwoCurrencies().Build());

        var triaged = await world.SendAsync(caseId, CaseCommand.Triage, CaseWorld.Caseworker, Payloads.Accept());

        Assert.Equal(Stage.SupplierAcknowledgement, triaged.Stage);
    }
}
