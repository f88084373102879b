using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using static System.Net.WebUtility;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Remediation.Development.Identity;

/// <summary>
/// The local sign-in form: server-rendered, no script, anti-forgery token. It stands in for Entra ID's sign-in page and
/// returns to authorize, which issues the code.
/// </summary>
internal sealed class LoginPage
{
    public const string Path = "/account/login";

    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}" +
        "label{display:block;margin-top:1rem}input{display:block;width:100%;padding:.4rem;font-size:1rem}" +
        "button{margin-top:1.5rem;padding:.5rem 1.5rem;font-size:1rem}.error{color:#a4262c;font-weight:600}.note{color:#555}";

    // Forms are tiny: anything larger is refused before it is read.
    private static readonly FormOptions Limits = new()
    {
        ValueCountLimit = 8, KeyLengthLimit = 64, ValueLengthLimit = 4096, MultipartBodyLengthLimit = 16 * 1024,
    };

    private readonly string policy;

    public LoginPage(IEnumerable<Uri> consoleOrigins)
    {
        var style = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)));
        // Chromium checks form-action along the redirects after the POST (login -> authorize -> console), so the
        // console's origins are listed too.
        var origins = string.Join(' ', consoleOrigins.Select(o => o.GetLeftPart(UriPartial.Authority)));
        policy = $"default-src 'none'; style-src 'sha256-{style}'; form-action 'self' {origins}; frame-ancestors 'none'; base-uri 'none'";
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, Show);
        routes.MapPost(Path, SubmitAsync);
    }

    private IResult Show(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        Page(context, antiforgery, ReturnTo(returnUrl), userName: string.Empty, error: null);

    private async Task<IResult> SubmitAsync(HttpContext context, IAntiforgery antiforgery, LocalPeople people, ILocalSignInEvents events)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(Limits, context.RequestAborted);
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (Exception e) when (e is InvalidDataException or AntiforgeryValidationException or BadHttpRequestException)
        {
            return Results.BadRequest();
        }

        var userName = form["UserName"].ToString().Trim();
        var returnUrl = ReturnTo(form["ReturnUrl"]);
        var person = people.Verify(userName, form["Password"].ToString());
        if (person is null)
        {
            await events.SignInFailedAsync(userName, context.RequestAborted);
            return Page(context, antiforgery, returnUrl, userName, "The user name or password is not right.");
        }

        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, person.Subject));
        identity.AddClaim(new Claim(Claims.Name, person.Name));
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        await events.SignedInAsync(person, context.RequestAborted);
        return Results.Redirect(returnUrl);
    }

    /// <summary>Only back to this provider's authorize endpoint: never an open redirect.</summary>
    private static string ReturnTo(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith("/connect/authorize?", StringComparison.Ordinal) ? returnUrl : "/";

    private IResult Page(HttpContext context, IAntiforgery antiforgery, string returnUrl, string userName, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.ContentSecurityPolicy = policy;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        var message = error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{HtmlEncode(error)}</p>";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in — Remediation (Development)</title><style>{Style}</style></head>
            <body>
            <h1>Remediation — local sign-in (Development)</h1>
            <p class="note">This sign-in page exists only on a developer's machine. In Azure, people sign in with Microsoft Entra ID.</p>
            {message}
            <form method="post" action="{Path}">
            <input type="hidden" name="{HtmlEncode(tokens.FormFieldName)}" value="{HtmlEncode(tokens.RequestToken)}">
            <input type="hidden" name="ReturnUrl" value="{HtmlEncode(returnUrl)}">
            <label for="user">User name</label><input id="user" name="UserName" autocomplete="username" required value="{HtmlEncode(userName)}">
            <label for="password">Password</label><input id="password" name="Password" type="password" autocomplete="current-password" required>
            <button type="submit">Sign in</button>
            </form>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
