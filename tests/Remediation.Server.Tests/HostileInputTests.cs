using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remediation.Domain.Cases;
using Remediation.Domain.Inbox;
using Remediation.Domain.Parties;
using Remediation.Storage;
using Remediation.Storage.Commands;
using Remediation.Storage.Inbox;
using Remediation.Testing;
using Xunit.Abstractions;

namespace Remediation.Server.Tests;

/// <summary>
/// What took the server down or froze a case before, sent to the real standalone server (in-process engine on
/// Azurite): an .xlsx bomb, 8 MB of empty workers, and a command that cannot be applied. The server stays up and ready,
/// its memory stays bounded, and the case goes on.
/// </summary>
public class HostileInputTests(ITestOutputHelper output)
{
    private const long MemoryBound = 1024L * 1024 * 1024;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_server_survives_a_workbook_bomb_and_eight_megabytes_of_empty_workers_with_bounded_memory()
    {
        await using var server = await ServerProcess.StartAsync();
        using var api = await ApiDriver.ConnectAsync(server);
        using var partner = server.Client(api.Keys[0]);
        var caseId = await api.OpenAsync("HOSTILE-1", workers: 2);
        var before = server.Memory();

        using var bomb = new ByteArrayContent(Bomb());
        bomb.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bombed = await partner.PostAsync("sheets/workers", bomb);
        var flood = new StringBuilder("{\"workers\":[{}", 8 * 1024 * 1024);
        while (flood.Length < (8 * 1024 * 1024) - 8)
        {
            flood.Append(",{}");
        }

        var flooded = await partner.PostAsync(
            $"cases/{caseId}/workers", new StringContent(flood.Append("]}").ToString(), Encoding.UTF8, "application/json"));
        var after = server.Memory();
        output.WriteLine($"server memory: {before.Resident / 1048576} MB resident before, {after.Resident / 1048576} MB after, " +
            $"peak {after.Peak / 1048576} MB");

        Assert.Equal(HttpStatusCode.BadRequest, bombed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, flooded.StatusCode);
        Assert.True((await flooded.Content.ReadAsStringAsync()).Length < 10_000);
        Assert.True(server.IsRunning);
        Assert.Equal(HttpStatusCode.OK, (await new HttpClient().GetAsync(new Uri(server.Address, "/readyz"))).StatusCode);
        Assert.True(after.Peak < MemoryBound, $"the server's memory peaked at {after.Peak / 1048576} MB");
    }

    [Fact]
    public async Task A_command_that_cannot_be_applied_is_refused_with_its_reason_and_the_case_moves_on()
    {
        await using var server = await ServerProcess.StartAsync();
        using var api = await ApiDriver.ConnectAsync(server);
        using var partner = server.Client(api.Keys[0]);
        var caseId = await api.OpenAsync("HOSTILE-2", workers: 2);
        var poisonId = await PutPoisonInInboxAsync(server, caseId);

        // The next command wakes the case: the poison is set aside, the note applied.
        using var note = new HttpRequestMessage(HttpMethod.Post, $"cases/{caseId}/notes")
        {
            Content = JsonContent.Create(new { text = "Interviews continue." }),
        };
        note.Headers.Add("Prefer", "wait=10");
        var applied = await partner.SendAsync(note);
        var poison = await partner.GetAsync($"cases/{caseId}/commands/{poisonId}");
        var status = await poison.Content.ReadFromJsonAsync<JsonElement>();
        output.WriteLine($"poison command status: {status}");
        await api.TriageAsync(caseId);

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal("refused", status.GetProperty("status").GetString());
        Assert.Contains("set aside", status.GetProperty("problem").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("SupplierAcknowledgement", ApiDriver.Stage(await api.GetAsync(caseId)));
        var timeline = await partner.GetStringAsync($"cases/{caseId}/timeline");
        Assert.Contains("command.rejected", timeline, StringComparison.Ordinal);
        Assert.Contains("Interviews continue.", timeline, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await new HttpClient().GetAsync(new Uri(server.Address, "/readyz"))).StatusCode);
    }

    /// <summary>
    /// Writes a command to the case's inbox as a second copy of an Idempotency-Key once did: its stored payload gone.
    /// Its status is the partner's, queued, as the API recorded it then.
    /// </summary>
    private static async Task<string> PutPoisonInInboxAsync(ServerProcess server, string caseId)
    {
        var connection = await TestStorage.ConnectionStringAsync();
        var tables = new RemediationTables(connection, server.TablePrefix);
        var commandId = "poison-" + Guid.NewGuid().ToString("N")[..8];
        var partner = Actor.Partner("MWRN");
        var now = DateTimeOffset.UtcNow;
        var envelope = new
        {
            caseId, commandId, kind = CaseCommand.AddWorkers, actorRole = Role.Partner, actorPartyId = partner.PartyId, issuedAt = now,
            payload = (string?)null,
            payloadRef = $"{caseId}/{commandId}.json",
        };
        await new TableCommandLog(tables).QueuedAsync(
            new CommandRecord(caseId, commandId, CaseCommand.AddWorkers, partner, now, CommandState.Queued));
        await new TableCommandInbox(tables).AddAsync(caseId, commandId, now, JsonSerializer.Serialize(envelope, Web));
        return commandId;
    }

    /// <summary>1 KB that once made every row a list of 321 million cells: a header cell in column ZZZZZZ.</summary>
    private static byte[] Bomb() => Remediation.Api.Tests.Builders.RawXlsx.Of(w => w.Write(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ref</t></is></c><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>" +
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>W-1</t></is></c></row>"));
}
