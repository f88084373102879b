using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Tests.Builders;
using Remediation.Storage;

namespace Remediation.Api.Tests.Security;

/// <summary>
/// Evidence a partner keeps from the supplier (marked partner-only, or cited by a retaliation report) is never
/// listed or served to the supplier; and no stored file is served once it no longer matches its recorded hash.
/// </summary>
public class EvidenceVisibilityTests
{
    [Fact]
    public async Task Partner_only_evidence_is_never_listed_served_or_citable_for_the_supplier()
    {
        var (server, caseId) = await AcceptedCaseAsync("VIS-1");
        await using var _ = server;
        using var partner = server.Client(server.Keys.Partner);
        using var supplier = server.Client(server.Keys.Supplier);
        using var caseworker = server.Client(server.Keys.Caseworker);

        var kept = await partner.PostAsync($"cases/{caseId}/evidence?visibility=partner-only", Files.Pdf("interview notes"));
        var keptView = await kept.Content.ReadFromJsonAsync<JsonElement>();
        var keptId = keptView.GetProperty("evidenceId").GetString();
        var shared = await partner.PostAsync($"cases/{caseId}/evidence", Files.Pdf("payslip"));
        var sharedId = (await shared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evidenceId").GetString();

        Assert.Equal("partner-only", keptView.GetProperty("visibility").GetString());
        Assert.Equal([sharedId], Ids(await supplier.GetFromJsonAsync<JsonElement>($"cases/{caseId}/evidence")));
        Assert.Equal(2, Ids(await caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}/evidence")).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync($"cases/{caseId}/evidence/{keptId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.GetAsync($"cases/{caseId}/evidence/{keptId}")).StatusCode);
        var supplierTimeline = await supplier.GetStringAsync($"cases/{caseId}/timeline");
        Assert.DoesNotContain(keptId!, supplierTimeline, StringComparison.Ordinal);
        Assert.Contains("partner and caseworkers only was added", supplierTimeline, StringComparison.Ordinal);
        Assert.Contains(keptId!, await partner.GetStringAsync($"cases/{caseId}/timeline"), StringComparison.Ordinal);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await supplier.PostAsync($"cases/{caseId}/evidence?visibility=partner-only", Files.Pdf("supplier"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await partner.PostAsync($"cases/{caseId}/evidence?visibility=secret", Files.Pdf("x"))).StatusCode);

        await supplier.PostAsync($"cases/{caseId}/acknowledgement", null);
        await server.WaitForAsync(caseId, c => c.Stage == "Investigation", "acknowledgement");
        var citing = await supplier.PostAsJsonAsync($"cases/{caseId}/findings", new
        {
            basis = "zero_fee", rootCause = "Agents' fees.", evidenceIds = new[] { keptId },
            workers = new[] { new { @ref = "W-1", confirmed = new[] { new { category = "recruitment_fee", amount = 1m, currency = "THB" } } } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, citing.StatusCode);
        Assert.Contains("No such evidence", await citing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_a_retaliation_report_cites_is_withdrawn_from_the_supplier()
    {
        var (server, caseId) = await AcceptedCaseAsync("VIS-2");
        await using var _ = server;
        using var partner = server.Client(server.Keys.Partner);
        using var supplier = server.Client(server.Keys.Supplier);
        var id = (await (await partner.PostAsync($"cases/{caseId}/evidence", Files.Pdf("threat message"))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("evidenceId").GetString();
        Assert.Equal(HttpStatusCode.OK, (await supplier.GetAsync($"cases/{caseId}/evidence/{id}")).StatusCode);

        var report = new { description = "Workers interviewed were told they would be dismissed.", evidenceIds = new[] { id } };
        Assert.Equal(HttpStatusCode.OK, (await partner.SendAsync(Requests.Waiting($"cases/{caseId}/retaliation-reports", report))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await supplier.GetAsync($"cases/{caseId}/evidence/{id}")).StatusCode);
        Assert.Empty(Ids(await supplier.GetFromJsonAsync<JsonElement>($"cases/{caseId}/evidence")));
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"cases/{caseId}/evidence/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_file_changed_in_storage_is_not_served_and_the_timeline_says_so()
    {
        var (server, caseId) = await AcceptedCaseAsync("VIS-3");
        await using var _ = server;
        using var partner = server.Client(server.Keys.Partner);
        var id = (await (await partner.PostAsync($"cases/{caseId}/evidence", Files.Pdf("original"))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("evidenceId").GetString();
        var blobs = server.Services.GetRequiredService<RemediationBlobs>();
        await foreach (var item in blobs.Evidence.GetBlobsAsync(
            Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, caseId + "/", default))
        {
            // Someone with access to the storage account swaps the file.
            await blobs.Evidence.GetBlobClient(item.Name).UploadAsync(BinaryData.FromString("%PDF-1.7\n% forged\n"), overwrite: true);
        }

        var download = await partner.GetAsync($"cases/{caseId}/evidence/{id}");

        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        Assert.Contains("no longer matches", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("evidence.integrity_failed", await partner.GetStringAsync($"cases/{caseId}/timeline"), StringComparison.Ordinal);
    }

    private static List<string?> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("evidenceId").GetString())];

    private static async Task<(ApiServer Server, string CaseId)> AcceptedCaseAsync(string reference)
    {
        var server = await ApiServer.StartAsync();
        return (server, await server.OpenAcceptedAsync(reference));
    }
}
