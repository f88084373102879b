using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using Remediation.Api.Tests.Builders;
using Xunit.Abstractions;

namespace Remediation.Api.Tests.Fuzzing;

/// <summary>
/// The same hostile inputs over real HTTP, to the routes that read them, on a server with real storage and engine:
/// every answer is a 2xx or a 4xx problem, never a 500; the server and the cases go on answering.
/// </summary>
public class HttpFuzzTests(ITestOutputHelper output)
{
    private const int Requests = 1000;

    [Fact]
    public async Task Hostile_bodies_over_http_get_a_4xx_problem_or_success_and_leave_the_cases_working()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        using var caseworker = server.Client(server.Keys.Caseworker);
        var open = await OpenAsync(partner, "HTTP-FUZZ-1");
        var accepted = await OpenAsync(partner, "HTTP-FUZZ-2");
        await caseworker.PostAsJsonAsync($"cases/{accepted}/triage", new { accept = true, supplierId = "SUP-1" });
        await server.WaitForAsync(accepted, c => c.Stage == "SupplierAcknowledgement", "triage");
        (HttpClient Client, string Path)[] targets =
        [
            (partner, "cases"), (partner, $"cases/{open}/workers"), (partner, "sheets/workers"), (caseworker, $"cases/{open}/triage"),
            (partner, $"cases/{open}/notes"), (partner, $"cases/{accepted}/retaliation-reports"),
            (server.Client(server.Keys.Supplier), "sheets/findings"),
            (caseworker, $"cases/{accepted}/deadline-extensions"), (server.Client(server.Keys.Admin), "admin/parties"),
        ];
        var bodies = Gen.Frequency(
            (3, HostileInputs.Json().Select(j => ("application/json", Encoding.UTF8.GetBytes(j)))),
            (1, HostileInputs.MutatedGrievance.Select(j => ("application/json", Encoding.UTF8.GetBytes(j)))),
            (2, HostileInputs.Csv.Select(c => ("text/csv", c))),
            (1, HostileInputs.Xlsx.Select(x => (Workbook.ContentType, x))));
        var statuses = new Dictionary<int, int>();

        // CsCheck draws the inputs (a failure prints its seed); the requests go one at a time, as one client sends.
        await Gen.Select(Gen.Int[0, targets.Length - 1], bodies).SampleAsync(
            async pick =>
            {
                var (target, (contentType, body)) = (targets[pick.Item1], pick.Item2);
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
                using var response = await target.Client.PostAsync(target.Path, content);
                var status = (int)response.StatusCode;
                lock (statuses)
                {
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                }

                Assert.True(status < 500, $"POST {target.Path} ({contentType}) answered {status}: {await response.Content.ReadAsStringAsync()}");
            },
            iter: Requests,
            threads: 1);

        output.WriteLine($"{Requests} hostile requests: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("me")).StatusCode);
        foreach (var caseId in new[] { open, accepted })
        {
            using var note = new HttpRequestMessage(HttpMethod.Post, $"cases/{caseId}/notes")
            {
                Content = JsonContent.Create(new { text = "Still working." }),
            };
            note.Headers.Add("Prefer", "wait=10");
            Assert.Equal(HttpStatusCode.OK, (await partner.SendAsync(note)).StatusCode);
        }
    }

    private static async Task<string> OpenAsync(HttpClient partner, string reference) =>
        (await (await partner.PostAsJsonAsync("cases", Bodies.Grievance(reference))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("caseId").GetString()!;
}
