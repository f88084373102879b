using Microsoft.AspNetCore.Http;

namespace Remediation.Api.Security;

/// <summary>
/// The headers every answer of the API carries, on both hosts: no content may run or be framed (the API answers
/// JSON, CSV and files, never pages), types are not guessed, and no address leaks to another site. The console's own
/// policy is in src/Remediation.Web/wwwroot/staticwebapp.config.json (the Static Web App sends it; the standalone
/// server reads it from there).
/// </summary>
public static class SecurityHeaders
{
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Headers that hold for every answer, page or not.</summary>
    public static readonly IReadOnlyDictionary<string, string> Common = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["X-Frame-Options"] = "DENY",
    };

    /// <summary>Sets the API's headers when the response starts (whatever wrote it: a handler, a problem, the host).</summary>
    public static void ApplyToApi(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.OnStarting(() =>
        {
            Apply(response.Headers, Common);
            response.Headers.ContentSecurityPolicy = ApiContentSecurityPolicy;
            return Task.CompletedTask;
        });
    }

    public static void Apply(IHeaderDictionary headers, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (name, value) in values)
        {
            headers[name] = value;
        }
    }
}
