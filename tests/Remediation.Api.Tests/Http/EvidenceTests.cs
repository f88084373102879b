using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Tests.Builders;
using Remediation.Storage;

namespace Remediation.Api.Tests.Http;

public class EvidenceTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static async Task<(ApiServer Server, HttpClient Partner, string CaseId)> OpenAsync()
    {
        var server = await ApiServer.StartAsync();
        var partner = server.Client(server.Keys.Partner);
        var caseId = (await (await partner.PostAsJsonAsync("cases", Bodies.Grievance("EVIDENCE-1"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
        return (server, partner, caseId);
    }

    private static ByteArrayContent File(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        return content;
    }

    [Fact]
    public async Task An_uploaded_pdf_is_hashed_typed_by_content_and_downloaded_by_parties_of_the_case()
    {
        var (server, partner, caseId) = await OpenAsync();
        await using var _ = server;

        var first = await partner.PostAsync($"cases/{caseId}/evidence", File(Pdf, "application/octet-stream"));
        var again = await partner.PostAsync($"cases/{caseId}/evidence", File(Pdf, "application/pdf"));
        var evidence = await first.Content.ReadFromJsonAsync<JsonElement>();
        var id = evidence.GetProperty("evidenceId").GetString()!;
        var beforeTriage = await server.Client(server.Keys.Supplier).GetAsync($"cases/{caseId}/evidence/{id}");
        await server.Client(server.Keys.Caseworker).PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-1" });
        await server.WaitForAsync(caseId, c => c.Stage == "SupplierAcknowledgement", "triage");
        var download = await server.Client(server.Keys.Supplier).GetAsync($"cases/{caseId}/evidence/{id}");
        var stranger = await server.Client(server.Keys.OtherPartner).GetAsync($"cases/{caseId}/evidence/{id}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evidenceId").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), evidence.GetProperty("sha256").GetString());
        Assert.Equal("application/pdf", evidence.GetProperty("contentType").GetString());
        Assert.Equal(HttpStatusCode.NotFound, beforeTriage.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Contains("evidence.added", await partner.GetStringAsync($"cases/{caseId}/timeline"), StringComparison.Ordinal);
        var listed = (await server.Client(server.Keys.Supplier).GetFromJsonAsync<JsonElement>($"cases/{caseId}/evidence")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal((id, "application/pdf", (long)Pdf.Length), (listed.Single().GetProperty("evidenceId").GetString(), listed[0].GetProperty("contentType").GetString(), listed[0].GetProperty("size").GetInt64()));
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client(server.Keys.OtherPartner).GetAsync($"cases/{caseId}/evidence")).StatusCode);
    }

    [Theory]
    [InlineData("png declared as pdf", "application/pdf")]
    [InlineData("executable", null)]
    public async Task A_file_whose_content_is_not_what_it_claims_or_not_allowed_is_415_and_stores_nothing(string what, string? declared)
    {
        var (server, partner, caseId) = await OpenAsync();
        await using var _ = server;
        var bytes = what == "executable" ? Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0\u0004\0") : Png;

        var response = await partner.PostAsync($"cases/{caseId}/evidence", File(bytes, declared));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, await StoredAsync(server));
    }

    [Fact]
    public async Task A_file_over_25_megabytes_is_refused_while_streaming_and_leaves_nothing_behind()
    {
        var (server, partner, caseId) = await OpenAsync();
        await using var _ = server;
        var big = new byte[(25 * 1024 * 1024) + 10];
        Pdf.CopyTo(big, 0);
        var chunked = new StreamContent(new MemoryStream(big));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var request = new HttpRequestMessage(HttpMethod.Post, $"cases/{caseId}/evidence") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;

        var response = await partner.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await StoredAsync(server));
    }

    [Fact]
    public async Task A_payment_may_cite_only_evidence_of_its_own_case()
    {
        var (server, partner, caseId) = await OpenAsync();
        await using var _ = server;
        using var caseworker = server.Client(server.Keys.Caseworker);
        using var supplier = server.Client(server.Keys.Supplier);
        await caseworker.PostAsJsonAsync($"cases/{caseId}/triage", new { accept = true, supplierId = "SUP-1" });
        await server.WaitForAsync(caseId, c => c.Stage == "SupplierAcknowledgement", "triage");
        await supplier.PostAsync($"cases/{caseId}/acknowledgement", null);
        await server.WaitForAsync(caseId, c => c.Stage == "Investigation", "acknowledgement");
        var receipt = (await (await supplier.PostAsync($"cases/{caseId}/evidence", File(Pdf, null))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evidenceId").GetString()!;

        var unknown = await supplier.PostAsJsonAsync($"cases/{caseId}/findings", new { basis = "zero_fee", rootCause = "Agents' fees.", evidenceIds = new[] { "ev-000000000000000000000000" }, workers = new[] { new { @ref = "W-1", confirmed = new[] { new { category = "recruitment_fee", amount = 1m, currency = "THB" } } } } });
        var cited = await supplier.PostAsJsonAsync($"cases/{caseId}/findings", new { basis = "zero_fee", rootCause = "Agents' fees.", evidenceIds = new[] { receipt }, workers = new[] { new { @ref = "W-1", confirmed = new[] { new { category = "recruitment_fee", amount = 1m, currency = "THB" } } } } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("$.evidenceIds[0]", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, cited.StatusCode);
    }

    private static async Task<int> StoredAsync(ApiServer server)
    {
        var count = 0;
        await foreach (var _ in server.Services.GetRequiredService<RemediationTables>().Evidence.QueryAsync<TableEntity>())
        {
            count++;
        }

        await foreach (var _ in server.Services.GetRequiredService<RemediationBlobs>().Evidence.GetBlobsAsync())
        {
            count++;
        }

        return count;
    }
}
