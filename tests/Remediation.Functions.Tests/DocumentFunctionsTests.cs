using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Moq;
using Remediation.Domain.Cases;
using Remediation.Domain.Inbox;
using Remediation.Domain.Parties;
using Remediation.Functions.Http;

namespace Remediation.Functions.Tests;

public class DocumentFunctionsTests
{
    [Fact]
    public async Task OpenApiDocument_serves_the_committed_document()
    {
        var request = FunctionRig.Request("GET", key: null);

        var result = DocumentFunctions.OpenApiDocument(request);

        var committed = await File.ReadAllTextAsync(Path.Combine(Remediation.Development.AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory), "docs", "openapi.json"));
        Assert.Equal("application/json", ((FileContentResult)result).ContentType);
        Assert.Equal(committed, Encoding.UTF8.GetString(((FileContentResult)result).FileContents));
    }

    [Fact]
    public async Task NoSuchRoute_is_404_for_an_unknown_path_and_405_with_allow_for_a_wrong_method()
    {
        var rig = new FunctionRig();
        var unknown = FunctionRig.Request("GET", key: null);
        unknown.Path = "/api/v1/nothing-here";
        var wrong = FunctionRig.Request("PUT", key: null);
        wrong.Path = "/api/v1/cases/C-1/triage";

        Assert.Equal(404, await FunctionRig.StatusOf(rig.Get<DocumentFunctions>().NoSuchRoute(unknown), unknown));
        Assert.Equal(405, await FunctionRig.StatusOf(rig.Get<DocumentFunctions>().NoSuchRoute(wrong), wrong));
        Assert.Equal("POST", wrong.HttpContext.Response.Headers.Allow.ToString());
        Assert.Equal("application/problem+json", wrong.HttpContext.Response.ContentType?.Split(';')[0]);
    }

    [Fact]
    public async Task Alive_and_Ready_answer_without_a_key()
    {
        var rig = new FunctionRig();
        rig.Cases.Setup(c => c.GetAsync("readiness-probe", It.IsAny<CancellationToken>())).ReturnsAsync((Versioned<Case>?)null);
        rig.Client.Setup(c => c.GetInstanceAsync("readiness-probe", false, It.IsAny<CancellationToken>())).ReturnsAsync((OrchestrationMetadata?)null);
        var alive = FunctionRig.Request("GET", key: null);
        var ready = FunctionRig.Request("GET", key: null);

        Assert.Equal(200, await FunctionRig.StatusOf(rig.Get<DocumentFunctions>().Alive(alive), alive));
        Assert.Equal(200, await FunctionRig.StatusOf(await rig.Get<DocumentFunctions>().Ready(ready, rig.Client.Object), ready));
    }

    [Fact]
    public async Task Ready_is_503_when_storage_does_not_answer()
    {
        var rig = new FunctionRig();
        rig.Cases.Setup(c => c.GetAsync("readiness-probe", It.IsAny<CancellationToken>())).ThrowsAsync(new Domain.StorageUnavailableException("down"));
        rig.Client.Setup(c => c.GetInstanceAsync("readiness-probe", false, It.IsAny<CancellationToken>())).ReturnsAsync((OrchestrationMetadata?)null);
        var ready = FunctionRig.Request("GET", key: null);

        Assert.Equal(503, await FunctionRig.StatusOf(await rig.Get<DocumentFunctions>().Ready(ready, rig.Client.Object), ready));
    }

    [Fact]
    public async Task GetProblemType_describes_a_problem_type_without_a_key()
    {
        var rig = new FunctionRig();
        var request = FunctionRig.Request("GET", key: null);

        Assert.Equal(200, await FunctionRig.StatusOf(await rig.Get<DocumentFunctions>().GetProblemType(request, rig.Client.Object, "validation"), request));
    }

    [Fact]
    public async Task GetCommandStatus_shows_a_command_to_whoever_gave_it_and_hides_it_from_others()
    {
        var rig = new FunctionRig();
        rig.StoreCase("C-1", Stage.Investigation);
        rig.Commands.Setup(c => c.GetAsync("C-1", "cmd-1", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CommandRecord("C-1", "cmd-1", CaseCommand.SubmitFindings, new Actor(Role.Supplier, "SUP-1"), FunctionRig.Now, CommandState.Applied, FunctionRig.Now));
        var own = FunctionRig.Request("GET", key: rig.KeyFor(Role.Supplier, "SUP-1"));
        var partner = FunctionRig.Request("GET", key: rig.KeyFor(Role.Partner, "PART-1"));
        var functions = rig.Get<CommandFunctions>();

        Assert.Equal(200, await FunctionRig.StatusOf(await functions.GetCommandStatus(own, rig.Client.Object, "C-1", "cmd-1"), own));
        Assert.Equal(404, await FunctionRig.StatusOf(await functions.GetCommandStatus(partner, rig.Client.Object, "C-1", "cmd-1"), partner));
        own.HttpContext.Response.Body.Position = 0;
        Assert.Equal("applied", JsonDocument.Parse(own.HttpContext.Response.Body).RootElement.GetProperty("status").GetString());
    }
}
