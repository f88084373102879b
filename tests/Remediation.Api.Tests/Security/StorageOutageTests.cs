using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Remediation.Api.Tests.Builders;
using Remediation.Development;

namespace Remediation.Api.Tests.Security;

/// <summary>Storage goes away (Azurite stopped) and comes back: 503 with Retry-After meanwhile, nothing half-written, work resumes.</summary>
public class StorageOutageTests
{
    [Fact]
    public async Task While_storage_is_down_requests_get_503_and_afterwards_everything_continues()
    {
        var folder = Directory.CreateTempSubdirectory("remediation-outage-").FullName;
        try
        {
            var azurite = await AzuriteEmulator.StartAsync(new AzuriteOptions { DataFolder = folder });
            var ports = azurite.Ports;
            await using var server = await ApiServer.StartAsync(connectionString: azurite.ConnectionString);
            using var partner = server.Client(server.Keys.Partner);
            var caseId = (await (await partner.PostAsJsonAsync("cases", Bodies.Grievance("OUTAGE-1"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
            await server.WaitForAsync(caseId, _ => true, "the case");

            // Azurite saves its tables to disk every few seconds: wait until the case is in its files before pulling the plug.
            await WaitUntilSavedAsync(folder, caseId);
            await azurite.DisposeAsync();
            var note = await partner.PostAsJsonAsync($"cases/{caseId}/notes", new { text = "Sent while storage is down." });
            var intake = await partner.PostAsJsonAsync("cases", Bodies.Grievance("OUTAGE-2"));
            var read = await partner.GetAsync($"cases/{caseId}");

            await using var restarted = await AzuriteEmulator.StartAsync(new AzuriteOptions { DataFolder = folder, Ports = ports });
            var retriedIntake = await partner.PostAsJsonAsync("cases", Bodies.Grievance("OUTAGE-2"));
            var retriedNote = await partner.PostAsJsonAsync($"cases/{caseId}/notes", new { text = "Sent again once storage is back." });
            var timeline = await WaitForTimelineAsync(partner, caseId, "Sent again once storage is back.");

            foreach (var down in new[] { note, intake, read })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
                Assert.Equal("application/problem+json", down.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(down.Headers.RetryAfter);
            }

            Assert.Equal(HttpStatusCode.Created, retriedIntake.StatusCode);
            Assert.Equal(HttpStatusCode.Accepted, retriedNote.StatusCode);
            Assert.DoesNotContain("Sent while storage is down.", timeline, StringComparison.Ordinal);
            var list = await server.Client(server.Keys.Caseworker).GetFromJsonAsync<JsonElement>("cases");
            Assert.Equal(2, list.GetProperty("items").GetArrayLength());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> WaitForTimelineAsync(HttpClient client, string caseId, string text)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var timeline = await client.GetStringAsync($"cases/{caseId}/timeline");
            if (timeline.Contains(text, StringComparison.Ordinal) || DateTime.UtcNow > until)
            {
                return timeline;
            }

            await Task.Delay(200);
        }
    }

    private static async Task WaitUntilSavedAsync(string folder, string text)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.EnumerateFiles(folder, "*table*", SearchOption.AllDirectories).Any(file => Contains(file, text)))
        {
            Assert.True(DateTime.UtcNow < until, "Azurite did not save the case to disk");
            await Task.Delay(200);
        }
    }

    private static bool Contains(string file, string text)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Contains(text, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
