using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Moq;
using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Remediation.Functions.Http;
using Remediation.Workflows.Orchestration;

namespace Remediation.Functions.Tests;

public class CommandFunctionsTests
{
    [Fact]
    public async Task Triage_by_a_caseworker_is_queued_and_wakes_the_case_orchestration()
    {
        var rig = new FunctionRig();
        rig.StoreCase("C-7", Stage.Triage);
        rig.Parties.Setup(p => p.GetAsync(PartyKind.Supplier, "SUP-1", It.IsAny<CancellationToken>())).ReturnsAsync(new Party(PartyKind.Supplier, "SUP-1", "Supplier"));
        var request = FunctionRig.Request("POST", """{"accept":true,"supplierId":"SUP-1","priority":"priority"}""", rig.KeyFor(Role.Caseworker, null));
        request.Headers["Idempotency-Key"] = "cmd-42";

        var status = await FunctionRig.StatusOf(await rig.Get<CommandFunctions>().Triage(request, rig.Client.Object, "C-7"), request);

        Assert.Equal(202, status);
        var commandId = Api.Commands.CommandIds.For(new Api.Authentication.Caller(Actor.Caseworker(null) with { By = ActedBy.Key("id-Caseworker", null) }), "cmd-42");
        rig.Inbox.Verify(
            i => i.AddAsync("C-7", commandId, It.IsAny<DateTimeOffset>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        rig.Client.Verify(c => c.RaiseEventAsync("C-7", CaseOrchestrator.CommandEvent, commandId, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_command_from_a_role_that_may_not_give_it_is_403_and_nothing_is_queued()
    {
        var rig = new FunctionRig();
        rig.StoreCase("C-7", Stage.Triage);
        var request = FunctionRig.Request("POST", """{"accept":true}""", rig.KeyFor(Role.Partner, "PART-1"));

        Assert.Equal(403, await FunctionRig.StatusOf(await rig.Get<CommandFunctions>().Triage(request, rig.Client.Object, "C-7"), request));
        rig.Inbox.VerifyNoOtherCalls();
        rig.Client.Verify(c => c.RaiseEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_command_in_the_wrong_stage_is_409()
    {
        var rig = new FunctionRig();
        rig.StoreCase("C-7", Stage.Investigation);
        var request = FunctionRig.Request("POST", "{}", rig.KeyFor(Role.Supplier, "SUP-1"));

        Assert.Equal(409, await FunctionRig.StatusOf(await rig.Get<CommandFunctions>().Acknowledge(request, rig.Client.Object, "C-7"), request));
    }

    /// <summary>Every command function: a note-like empty body from the case's caseworker reaches the case (404 when it does not exist).</summary>
    [Fact]
    public async Task Every_command_function_finds_its_case_by_the_route_value()
    {
        var rig = new FunctionRig();
        var functions = rig.Get<CommandFunctions>();
        var methods = typeof(CommandFunctions).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name != "GetCommandStatus").ToList();
        Assert.Equal(13, methods.Count);
        foreach (var method in methods)
        {
            var request = FunctionRig.Request("POST", "{}", rig.KeyFor(Role.Caseworker, null));
            var result = await (Task<IActionResult>)method.Invoke(functions, [request, rig.Client.Object, "C-missing"])!;
            Assert.True(404 == await FunctionRig.StatusOf(result, request), method.Name);
        }
    }
}
