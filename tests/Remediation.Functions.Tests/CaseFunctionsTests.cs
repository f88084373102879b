using Microsoft.DurableTask;
using Moq;
using Remediation.Domain.Cases;
using Remediation.Domain.Intake;
using Remediation.Domain.Parties;
using Remediation.Functions.Http;

namespace Remediation.Functions.Tests;

public class CaseFunctionsTests
{
    private const string Grievance = """
        {"partnerReference":"MWRN-1","factory":{"name":"Cal-Comp","country":"TH"},"summary":"Fees paid to agents.",
         "workers":[{"ref":"W-1","nationality":"MM","employmentStatus":"current","fees":[{"category":"recruitment_fee","amount":20000,"currency":"THB"}]}]}
        """;

    [Fact]
    public async Task CreateCase_opens_the_case_and_starts_its_orchestration_with_the_case_id()
    {
        var rig = new FunctionRig();
        rig.Intakes.Setup(i => i.ReserveAsync("PART-1", "MWRN-1", It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string _, string _, string proposed, CancellationToken _) => new IntakeReservation(IntakeReservationStatus.Reserved, proposed));
        var request = FunctionRig.Request("POST", Grievance, rig.KeyFor(Role.Partner, "PART-1"));

        var status = await FunctionRig.StatusOf(await rig.Get<CaseFunctions>().CreateCase(request, rig.Client.Object), request);

        Assert.Equal(201, status);
        rig.Cases.Verify(c => c.CreateAsync(It.Is<Case>(x => x.PartnerId == "PART-1" && x.Stage == Stage.Triage), It.IsAny<CancellationToken>()), Times.Once);
        rig.Client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(
            It.Is<TaskName>(n => n.Name == "CaseOrchestrator"), It.IsAny<object?>(), It.Is<StartOrchestrationOptions?>(o => o!.InstanceId!.StartsWith("C-", StringComparison.Ordinal)), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task CreateCase_without_a_key_is_401_and_touches_nothing()
    {
        var rig = new FunctionRig();
        var request = FunctionRig.Request("POST", Grievance, key: null);

        Assert.Equal(401, await FunctionRig.StatusOf(await rig.Get<CaseFunctions>().CreateCase(request, rig.Client.Object), request));
        rig.Intakes.VerifyNoOtherCalls();
        rig.Client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GetCase_is_200_for_its_partner_and_404_for_another()
    {
        var rig = new FunctionRig();
        rig.StoreCase("C-1", Stage.Investigation);
        var own = FunctionRig.Request("GET", key: rig.KeyFor(Role.Partner, "PART-1"));
        var other = FunctionRig.Request("GET", key: rig.KeyFor(Role.Partner, "PART-2"));
        var functions = rig.Get<CaseFunctions>();

        Assert.Equal(200, await FunctionRig.StatusOf(await functions.GetCase(own, rig.Client.Object, "C-1"), own));
        Assert.Equal(404, await FunctionRig.StatusOf(await functions.GetCase(other, rig.Client.Object, "C-1"), other));
    }

    [Fact]
    public async Task ListCases_scopes_a_supplier_to_its_own_cases()
    {
        var rig = new FunctionRig();
        rig.IndexReturns();
        var request = FunctionRig.Request("GET", key: rig.KeyFor(Role.Supplier, "SUP-9"));

        Assert.Equal(200, await FunctionRig.StatusOf(await rig.Get<CaseFunctions>().ListCases(request, rig.Client.Object), request));
        rig.Index.Verify(i => i.QueryAsync(It.Is<CaseQuery>(q => q.SupplierId == "SUP-9"), It.IsAny<DateTimeOffset>(), It.IsAny<Domain.Paging.PageRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task GetTimeline_and_GetWorkers_read_the_case_they_name()
    {
        var rig = new FunctionRig();
        rig.StoreCase("C-1", Stage.Investigation);
        rig.Timeline.Setup(t => t.GetAsync("C-1", It.IsAny<Domain.Paging.PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Domain.Paging.Paged<Domain.Timeline.TimelineEntry>([], null));
        rig.Ledger.Setup(l => l.GetLinesAsync("C-1", It.IsAny<Domain.Paging.PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Domain.Paging.Paged<Domain.Ledger.LedgerLine>([], null));
        var key = rig.KeyFor(Role.Caseworker, null);
        var functions = rig.Get<CaseFunctions>();
        var timeline = FunctionRig.Request("GET", key: key);
        var workers = FunctionRig.Request("GET", key: key);

        Assert.Equal(200, await FunctionRig.StatusOf(await functions.GetTimeline(timeline, rig.Client.Object, "C-1"), timeline));
        Assert.Equal(200, await FunctionRig.StatusOf(await functions.GetWorkers(workers, rig.Client.Object, "C-1"), workers));
        rig.Timeline.Verify(t => t.GetAsync("C-1", It.IsAny<Domain.Paging.PageRequest>(), It.IsAny<CancellationToken>()), Times.Once);
        rig.Ledger.Verify(l => l.GetLinesAsync("C-1", It.IsAny<Domain.Paging.PageRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_functions_app_limits_each_key_as_the_standalone_server_does()
    {
        var rig = new FunctionRig(
            new Dictionary<string, string?> { ["Remediation:RateLimit:PermitsPerSecond"] = "1", ["Remediation:RateLimit:Burst"] = "3" });
        rig.IndexReturns();
        var key = rig.KeyFor(Role.Caseworker, null);

        var statuses = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            var request = FunctionRig.Request("GET", key: key);
            statuses.Add(await FunctionRig.StatusOf(await rig.Get<CaseFunctions>().ListCases(request, rig.Client.Object), request));
        }

        // A burst of 3, then 1 a second: a slow machine may earn a token or two while the ten requests run.
        Assert.InRange(statuses.Count(s => s == 200), 3, 5);
        Assert.Equal(10, statuses.Count(s => s is 200 or 429));
    }
}
