using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Json;
using Remediation.Contracts.PublicReports;
using Remediation.Domain.PublicReports;

namespace Remediation.Api.PublicReports;

/// <summary>
/// GET /public/reports/{id}, without a key: a released report as HTML, or as JSON with Accept: application/json. A draft,
/// an unknown id and a malformed one get the same 404, so the embargo does not even tell that a report exists. No script;
/// the page's only style is allowed by its hash.
/// </summary>
public sealed partial class PublicReportPage(IPublicReportStore reports, IOptions<PublicReportOptions> options)
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}" +
        "table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid #ccc;padding:.4rem;text-align:left}" +
        ".withheld{color:#555;font-style:italic}";

    private static readonly string StyleHash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style))) + "'";

    public const string ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; style-src ";

    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>Whether a path is a public report's (its headers are its own, not the console's or the API's).</summary>
    public static bool IsPublicReportPath(PathString path) =>
        path.StartsWithSegments("/public/reports", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/public/reports", StringComparison.OrdinalIgnoreCase);

    public async Task<IResult> GetAsync(HttpContext context, string reportId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = IsId(reportId) ? await reports.GetAsync(reportId, context.RequestAborted).ConfigureAwait(false) : null;
        var json = context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
        // Set here, not when the response starts: neither host's own headers touch this path.
        var headers = context.Response.Headers;
        Security.SecurityHeaders.Apply(headers, Security.SecurityHeaders.Common);
        headers.ContentSecurityPolicy = ContentSecurityPolicy + StyleHash;
        headers.Vary = "Accept";
        headers.CacheControl = report is { IsReleased: true } ? "public, max-age=300" : "no-store";
        if (report is not { IsReleased: true })
        {
            return PublicReportViews.NotPublished();
        }

        var view = PublicReportViews.View(report, options.Value.AddressFor(context.Request, report.Id));
        return json ? Results.Json(view, ApiJson.Options) : Results.Content(Html(view), "text/html; charset=utf-8");
    }

    private static string Html(PublicReportView report)
    {
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>Recruitment fee remediation: ").Append(Text($"{report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd}")).Append("</title>")
            .Append("<style>").Append(Style).Append("</style></head><body><main>")
            .Append("<h1>Recruitment fee remediation, ").Append(Text($"{report.From:d MMMM yyyy} to {report.To:d MMMM yyyy}")).Append("</h1>")
            .Append("<p>Released ").Append(Text($"{report.ReleasedAt:u}")).Append(". ").Append(Text(report.SuppressionRule)).Append("</p>")
            .Append("<h2>All cases</h2>");
        Table(html, "All cases", report.Overall.Figures);
        foreach (var supplier in report.Suppliers)
        {
            html.Append("<h2>").Append(Text(supplier.Name)).Append("</h2><p>Factories: ")
                .Append(Text(supplier.Factories.Count == 0 ? "none named" : string.Join("; ", supplier.Factories)));
            if (supplier.FactoriesNotNamed > 0)
            {
                html.Append(Text($" ({supplier.FactoriesNotNamed} not named while a case about them is open)"));
            }

            html.Append("</p>");
            Table(html, supplier.Name, supplier.Figures.Figures);
        }

        return html.Append("</main></body></html>").ToString();
    }

    private static void Table(StringBuilder html, string caption, IEnumerable<PublicFigure> figures)
    {
        html.Append("<table><caption>").Append(Text(caption)).Append("</caption><thead><tr><th scope=\"col\">Figure</th>")
            .Append("<th scope=\"col\">Value</th></tr></thead><tbody>");
        foreach (var figure in figures)
        {
            html.Append("<tr><th scope=\"row\">").Append(Text(figure.Label)).Append("</th>");
            html.Append(figure.Value is { } value
                ? $"<td>{Text(value)}</td>"
                : $"<td class=\"withheld\">Withheld: {Text(figure.Withheld ?? string.Empty)}</td>");
            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    [System.Text.RegularExpressions.GeneratedRegex("^pr-[0-9a-f]{24}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IdPattern();
}
