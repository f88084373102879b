using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Remediation.Api.Tests.Builders;
using UglyToad.PdfPig;

namespace Remediation.Api.Tests.Http;

/// <summary>Printable slips: one per worker, the code as text, the worker page's address with it, in the worker's language.</summary>
public class ConfirmationSlipTests
{
    [Fact]
    public async Task Slips_hold_each_code_and_the_address_the_qr_code_opens_and_no_worker_reference()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var caseId = await Journeys.ToVerificationAsync(server, "SLIPS-1", workers: 5);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"cases/{caseId}/confirmation-codes")
        {
            Content = JsonContent.Create(new { sample = true }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        var slips = await partner.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, slips.StatusCode);
        Assert.Equal("application/pdf", slips.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", slips.Headers.CacheControl!.ToString());
        var bytes = await slips.Content.ReadAsByteArrayAsync();
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "confirmation-slips.pdf"), bytes); // to look at (docs/screenshots)
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        var codes = System.Text.RegularExpressions.Regex.Matches(text, "[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")
            .Select(m => m.Value).Distinct().ToList();
        Assert.Equal(5, codes.Count);
        Assert.All(codes, code => Assert.Contains($"/confirm/{code}", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.DoesNotContain("W-1", text, StringComparison.Ordinal);
        Assert.Equal(2, pdf.NumberOfPages); // Four slips to an A4 page, to cut apart.

        // Each printed code works on the worker page.
        using var phone = new WorkerPhone(server);
        Assert.Equal(HttpStatusCode.OK, await phone.OpenAsync($"confirm/{codes[0]}"));
    }
}
