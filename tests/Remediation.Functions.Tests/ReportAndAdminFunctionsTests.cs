using Moq;
using Remediation.Domain.Parties;
using Remediation.Functions.Http;

namespace Remediation.Functions.Tests;

public class ReportAndAdminFunctionsTests
{
    [Fact]
    public async Task Reports_are_for_caseworkers_only()
    {
        var rig = new FunctionRig();
        rig.IndexReturns();
        var functions = rig.Get<ReportFunctions>();
        var caseworker = FunctionRig.Request("GET", key: rig.KeyFor(Role.Caseworker, null));
        var csv = FunctionRig.Request("GET", key: rig.KeyFor(Role.Caseworker, null));
        var partner = FunctionRig.Request("GET", key: rig.KeyFor(Role.Partner, "PART-1"));

        Assert.Equal(200, await FunctionRig.StatusOf(await functions.ReportSummary(caseworker, rig.Client.Object), caseworker));
        Assert.Equal(200, await FunctionRig.StatusOf(await functions.ReportCasesCsv(csv, rig.Client.Object), csv));
        Assert.Equal(403, await FunctionRig.StatusOf(await functions.ReportSummary(partner, rig.Client.Object), partner));
    }

    [Fact]
    public async Task The_bootstrap_admin_registers_a_party_and_issues_a_key_and_revokes_it()
    {
        var rig = new FunctionRig();
        var functions = rig.Get<AdminFunctions>();
        rig.Parties.Setup(p => p.AddAsync(It.IsAny<Party>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        rig.Parties.Setup(p => p.GetAsync(PartyKind.Partner, "MWRN", It.IsAny<CancellationToken>())).ReturnsAsync(new Party(PartyKind.Partner, "MWRN", "MWRN"));
        rig.Keys.Setup(k => k.RevokeAsync("key-1", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var register = FunctionRig.Request("POST", """{"kind":"partner","id":"MWRN","name":"Migrant Worker Rights Network"}""");
        var issue = FunctionRig.Request("POST", """{"role":"partner","partyId":"MWRN"}""");
        var revoke = FunctionRig.Request("DELETE");
        var revokeMissing = FunctionRig.Request("DELETE");

        Assert.Equal(201, await FunctionRig.StatusOf(await functions.RegisterParty(register, rig.Client.Object), register));
        Assert.Equal(201, await FunctionRig.StatusOf(await functions.IssueApiKey(issue, rig.Client.Object), issue));
        Assert.Equal(204, await FunctionRig.StatusOf(await functions.RevokeApiKey(revoke, rig.Client.Object, "key-1"), revoke));
        Assert.Equal(404, await FunctionRig.StatusOf(await functions.RevokeApiKey(revokeMissing, rig.Client.Object, "key-2"), revokeMissing));
        rig.Keys.Verify(k => k.AddAsync(It.Is<ApiKey>(a => a.Role == Role.Partner && a.PartyId == "MWRN"), It.Is<string>(h => h.Length == 64), It.IsAny<CancellationToken>()), Times.Once);
    }
}
