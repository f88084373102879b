using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Tests.Builders;
using Remediation.Domain.Cases;
using Remediation.Domain.Inbox;

namespace Remediation.Api.Tests.Security;

/// <summary>An Idempotency-Key names one command of one caller, for good; copies of it never freeze the case.</summary>
public class IdempotencyKeyTests
{
    [Fact]
    public async Task Two_copies_sent_at_once_under_one_key_are_applied_once_and_the_case_goes_on()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = await server.OpenAsync("IDEM-1");
        var body = Workers(120);

        var copies = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => partner.SendAsync(Requests.Post($"cases/{caseId}/workers", body, "batch-120"))));

        Assert.All(copies, r => Assert.True(r.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"{r.StatusCode}"));
        Assert.Equal(copies[0].Headers.Location, copies[1].Headers.Location);
        var note = Requests.Post($"cases/{caseId}/notes", new { text = "Second interview round planned." }, waitSeconds: 10);
        Assert.Equal(HttpStatusCode.OK, (await partner.SendAsync(note)).StatusCode);
        Assert.Equal(123, (await server.WaitForAsync(caseId, c => c.Workers.Total == 123, "the 120 workers, once")).Workers.Total);
        Assert.Empty(await server.Services.GetRequiredService<ICommandInbox>().PendingAsync(caseId, 10));
    }

    [Fact]
    public async Task The_same_key_from_two_parties_names_two_commands()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        using var supplier = server.Client(server.Keys.Supplier);
        var caseId = await server.OpenAcceptedAsync("IDEM-2");

        var fromPartner = await partner.SendAsync(Requests.Post($"cases/{caseId}/notes", new { text = "From the partner." }, "note-1"));
        var fromSupplier = await supplier.SendAsync(Requests.Post($"cases/{caseId}/notes", new { text = "From the supplier." }, "note-1"));

        Assert.Equal(HttpStatusCode.Accepted, fromPartner.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, fromSupplier.StatusCode);
        Assert.NotEqual(fromPartner.Headers.Location, fromSupplier.Headers.Location);
    }

    [Fact]
    public async Task A_key_sent_again_with_another_body_is_409_and_changes_nothing()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = await server.OpenAsync("IDEM-3");
        var first = Requests.Post($"cases/{caseId}/notes", new { text = "First text." }, "note-1", waitSeconds: 10);
        Assert.Equal(HttpStatusCode.OK, (await partner.SendAsync(first)).StatusCode);

        var other = await partner.SendAsync(Requests.Post($"cases/{caseId}/notes", new { text = "Another text." }, "note-1"));

        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        var timeline = await partner.GetStringAsync($"cases/{caseId}/timeline");
        Assert.DoesNotContain("Another text", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_is_remembered_after_the_case_has_forgotten_the_command()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = await server.OpenAsync("IDEM-4");
        var first = Requests.Post($"cases/{caseId}/notes", new { text = "Only once." }, "note-old", waitSeconds: 10);
        Assert.Equal(HttpStatusCode.OK, (await partner.SendAsync(first)).StatusCode);
        // As after 200 later commands: the case keeps only the last 200 command ids.
        var cases = server.Services.GetRequiredService<ICaseStore>();
        var stored = (await cases.GetAsync(caseId))!;
        await cases.UpdateAsync(stored.Value with { RecentCommandIds = [] }, stored.Version);

        var again = Requests.Post($"cases/{caseId}/notes", new { text = "Only once." }, "note-old", waitSeconds: 3);
        var resent = await partner.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal("applied", (await resent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var entries = (await partner.GetFromJsonAsync<JsonElement>($"cases/{caseId}/timeline")).GetProperty("items").EnumerateArray();
        Assert.Single(entries, e => e.GetProperty("description").GetString()!.Contains("Only once.", StringComparison.Ordinal));
    }

    private static object Workers(int count) => new
    {
        workers = Enumerable.Range(1, count).Select(i => new
        {
            @ref = $"ADD-{i:D4}",
            nationality = "MM",
            hiredOn = "2016-03-01",
            employmentStatus = "current",
            fees = new[] { new { category = "recruitment_fee", amount = 20000m, currency = "THB", paidTo = "agent", paidOn = "2015-12-01" } },
        }),
    };
}
