using System.Text.RegularExpressions;
using PdfSharp.Fonts;
using Remediation.Api.Procurement.EvidencePack;
using UglyToad.PdfPig;

namespace Remediation.Api.Tests.Procurement;

/// <summary>The evidence pack: the record's figures, each case's timeline state and hashes, embedded fonts, page footers.</summary>
public class EvidencePackTests
{
    [Fact]
    public void Pack_holds_the_figures_the_cases_their_hashes_and_timeline_states_in_an_embedded_font()
    {
        var bytes = EvidencePackDocument.Render(SupplierSample.Pack());
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "evidence-pack.pdf"), bytes); // to look at (docs/screenshots)

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        var dense = Dense(text);
        foreach (var expected in new[]
        {
            "Evidence pack for contract management", "SUP-ACME", "Acme Electronics Ltd", "Dana Caseworker", "https://remediation.example.org",
            EvidencePackDocument.Scope, EvidencePackDocument.TimelineNote,
            "700.00", "98000.50", "Crown Commercial Service", "1m-10m", "Hanoi Precision Co.",
            SupplierSample.CaseId(1), SupplierSample.CaseId(2), SupplierSample.CaseId(3),
            SupplierSample.Hash(1), SupplierSample.Hash(2), SupplierSample.Hash(3),
            "intact", "BROKEN", "stage.changed", "escalated", "payments.recorded", "2026-03-02 09:35 UTC",
            "[name in the CSV/XLSX export]",
        })
        {
            Assert.Contains(Dense(expected), dense, StringComparison.Ordinal);
        }

        Assert.Equal(1, Regex.Count(text, "BROKEN"));
        Assert.Equal(2, Regex.Count(text, "intact"));
        Assert.DoesNotContain(SupplierSample.ThaiFactoryName, text, StringComparison.Ordinal);
        Assert.Contains("page 1 of", text, StringComparison.Ordinal);

        var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.NotEmpty(letters);
        // A subset tag ("ABCDEF+") marks a font embedded in the file.
        Assert.All(letters, l => Assert.Matches("^[A-Z]{6}\\+Noto Sans", l.FontName));
        Assert.All(pdf.GetPages(), p => Assert.Equal(595, p.Width, 0));
    }

    [Fact]
    public void Sixty_cases_run_over_several_pages_each_with_its_number_of_the_total()
    {
        using var pdf = PdfDocument.Open(EvidencePackDocument.Render(SupplierSample.Pack(cases: 60)));

        Assert.True(pdf.NumberOfPages > 10, $"{pdf.NumberOfPages} pages");
        foreach (var page in pdf.GetPages())
        {
            Assert.Contains($"page {page.Number} of {pdf.NumberOfPages}", page.Text, StringComparison.Ordinal);
        }

        var text = Dense(string.Join("\n", pdf.GetPages().Select(p => p.Text)));
        Assert.All(Enumerable.Range(1, 60), i => Assert.Contains(SupplierSample.CaseId(i), text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Packs_render_in_parallel_with_the_one_font_resolver()
    {
        var model = SupplierSample.Pack(cases: 8);

        var packs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => EvidencePackDocument.Render(model))));
        EvidencePackFonts.Install();

        Assert.Same(EvidencePackFonts.Instance, GlobalFontSettings.FontResolver);
        var pages = packs.Select(bytes =>
        {
            using var pdf = PdfDocument.Open(bytes);
            return pdf.NumberOfPages;
        }).Distinct();
        Assert.Single(pages);
    }

    [Fact]
    public void A_pack_without_a_caseworker_or_cases_says_the_service_made_it()
    {
        using var pdf = PdfDocument.Open(EvidencePackDocument.Render(SupplierSample.Pack(cases: 0, generatedBy: null)));
        var text = Dense(string.Join("\n", pdf.GetPages().Select(p => p.Text)));

        Assert.Contains(Dense("the service"), text, StringComparison.Ordinal);
        Assert.Contains(Dense("Cases (0)"), text, StringComparison.Ordinal);
    }

    // PdfPig joins the pieces drawn on a line with or without spaces; comparisons ignore white space.
    private static string Dense(string text) => Regex.Replace(text, @"\s+", string.Empty);
}
