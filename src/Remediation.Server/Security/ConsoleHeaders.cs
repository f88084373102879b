using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Remediation.Api.Security;

namespace Remediation.Server.Security;

/// <summary>
/// The security headers of the standalone server: the API's (<see cref="SecurityHeaders"/>) under /api and on the
/// health probes; elsewhere (the console, the API reference page) the console's, read from the Web project's
/// staticwebapp.config.json, the very file the Static Web App sends them from. Its script policy allows no inline
/// script but those of the page served: each HTML answer is read once, its inline scripts (Blazor's import map,
/// the reference page's start-up) hashed, and the hashes put where the policy says <c>'inline-script-hashes'</c>.
/// </summary>
public sealed partial class ConsoleHeaders
{
    public const string HashesPlaceholder = "'inline-script-hashes'";

    public const string IdentityProviderPlaceholder = "'identity-provider'";

    private const string AuthenticationPath = "/authentication/";

    private readonly IReadOnlyDictionary<string, string> headers;

    private readonly IReadOnlyDictionary<string, string> authenticationHeaders;

    public ConsoleHeaders(IWebHostEnvironment environment, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var provider = IdentityProviderOrigin(configuration?["Remediation:Identity:Authority"]);
        var file = environment.WebRootFileProvider.GetFileInfo("staticwebapp.config.json");
        using var stream = file.Exists
            ? file.CreateReadStream()
            : throw new InvalidOperationException("The console's staticwebapp.config.json is missing from its files.");
        using var document = JsonDocument.Parse(stream);
        // Published, the policy already names the console page's hashes; here each page's own are put in instead.
        headers = Read(document.RootElement.GetProperty("globalHeaders"), provider);
        var routes = document.RootElement.TryGetProperty("routes", out var listed) ? listed.EnumerateArray().ToList() : [];
        var framed = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        foreach (var route in routes.Where(r => r.GetProperty("route").GetString() == AuthenticationPath + "*"))
        {
            foreach (var (name, value) in Read(route.GetProperty("headers"), provider))
            {
                framed[name] = value;
            }
        }

        authenticationHeaders = framed;
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var path = context.Request.Path.Value ?? "/";
        if (Api.Confirmations.Page.WorkerPage.IsWorkerPath(context.Request.Path)
            || Api.PublicReports.PublicReportPage.IsPublicReportPath(context.Request.Path))
        {
            // The worker page and public reports set their own, stricter headers (no script at all).
            await next(context).ConfigureAwait(false);
            return;
        }

        if (IsApi(path))
        {
            SecurityHeaders.ApplyToApi(context.Response);
            await next(context).ConfigureAwait(false);
            return;
        }

        if (Path.HasExtension(path) && !path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            // A file (script, assembly, style): its headers, without reading it.
            context.Response.OnStarting(() => Apply(context.Response, path, []));
            await next(context).ConfigureAwait(false);
            return;
        }

        // A page: read it whole (it is small), uncompressed and never as 304 (a browser keeps a 304's headers for the
        // page it has, and this policy must carry the hashes of that page's scripts), to hash its inline scripts.
        context.Request.Headers.AcceptEncoding = default;
        context.Request.Headers.IfNoneMatch = default;
        context.Request.Headers.IfModifiedSince = default;
        var original = context.Response.Body;
        using var page = new MemoryStream();
        context.Response.Body = page;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            ? Encoding.UTF8.GetString(page.ToArray())
            : string.Empty;
        // Revalidated each time: it names the fingerprinted files of the console now deployed.
        context.Response.Headers.CacheControl = "no-cache";
        await Apply(context.Response, path, InlineScriptHashes(html)).ConfigureAwait(false);
        page.Position = 0;
        await page.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>CSP source expressions for the inline scripts of a page: 'sha256-...' of each one's exact text.</summary>
    public static IReadOnlyList<string> InlineScriptHashes(string html) =>
        [.. InlineScript().Matches(html)
            .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value)))}'")
            .Distinct()];

    /// <summary>The origin of the OpenID Connect issuer, or nothing when people do not sign in with one.</summary>
    public static string IdentityProviderOrigin(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var issuer) ? issuer.GetLeftPart(UriPartial.Authority) : string.Empty;

    private static Dictionary<string, string> Read(JsonElement listed, string provider) =>
        listed.EnumerateObject().ToDictionary(
            p => p.Name,
            p => Hashes().Replace(p.Value.GetString()!, HashesPlaceholder + " ")
                .Replace(IdentityProviderPlaceholder, provider, StringComparison.Ordinal)
                .Replace("  ", " ", StringComparison.Ordinal)
                .Replace(" ;", ";", StringComparison.Ordinal)
                .Trim(),
            StringComparer.OrdinalIgnoreCase);

    private static bool IsApi(string path) =>
        (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("/api/v1/reference", StringComparison.OrdinalIgnoreCase))
        || path is "/healthz" or "/readyz";

    private Task Apply(HttpResponse response, string path, IReadOnlyList<string> hashes)
    {
        var chosen = path.StartsWith(AuthenticationPath, StringComparison.OrdinalIgnoreCase) ? authenticationHeaders : headers;
        foreach (var (name, value) in chosen)
        {
            response.Headers[name] = value.Replace(HashesPlaceholder, string.Join(' ', hashes), StringComparison.Ordinal)
                .Replace("  ", " ", StringComparison.Ordinal);
        }

        return Task.CompletedTask;
    }

    [GeneratedRegex(@"('sha256-[A-Za-z0-9+/=]+'\s*)+", RegexOptions.CultureInvariant)]
    private static partial Regex Hashes();

    [GeneratedRegex(
        @"<script(?![^>]*\bsrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineScript();
}
