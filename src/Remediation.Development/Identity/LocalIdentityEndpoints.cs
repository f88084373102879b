using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Remediation.Development.Identity;

/// <summary>
/// The protocol endpoints after OpenIddict validated the request (passthrough): who signs in at authorize, what a token
/// holds at token, signing out at endsession, and the claims at userinfo.
/// </summary>
internal static class LocalIdentityEndpoints
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static void MapLocalIdentity(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods("connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync);
        routes.MapPost("connect/token", TokenAsync);
        routes.MapMethods("connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync);
        routes.MapMethods("connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoAsync);
        routes.MapGet("/", () => Results.Text("Remediation — local sign-in (Development). In Azure this is Microsoft Entra ID."));
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, LocalPeople people, LocalTokenClaims claims)
    {
        var request = Request(context);
        var cookie = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var person = cookie.Succeeded ? people.BySubject(cookie.Principal.GetClaim(Claims.Subject)) : null;
        if (person is null)
        {
            // Silent renewal asks with prompt=none: it must hear login_required, never see the login page.
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "Nobody is signed in.");
            }

            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + context.Request.QueryString },
                [CookieAuthenticationDefaults.AuthenticationScheme]);
        }

        return Results.SignIn(claims.ForPerson(person, request.GetScopes()), authenticationScheme: Scheme);
    }

    private static async Task<IResult> TokenAsync(
        HttpContext context, LocalPeople people, LocalTokenClaims claims, IOpenIddictApplicationManager applications)
    {
        var request = Request(context);
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted)
                ?? throw new InvalidOperationException("OpenIddict validated a client it cannot find.");
            var name = await applications.GetDisplayNameAsync(application, context.RequestAborted) ?? request.ClientId!;
            return Results.SignIn(claims.ForMachine(request.ClientId!, name, request.GetScopes()), authenticationScheme: Scheme);
        }

        // A code or a refresh token: the person as they are now (a removed person gets no more tokens), with the scopes granted then.
        var granted = await context.AuthenticateAsync(Scheme);
        var person = people.BySubject(granted.Principal?.GetClaim(Claims.Subject));
        if (person is null)
        {
            return Refuse(Errors.InvalidGrant, "The person is no longer known.");
        }

        return Results.SignIn(claims.ForPerson(person, granted.Principal!.GetScopes()), authenticationScheme: Scheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        // OpenIddict redirects to the validated post_logout_redirect_uri, or to RedirectUri when none was given.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [Scheme]);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context)
    {
        var token = await context.AuthenticateAsync(Scheme);
        var principal = token.Principal ?? new ClaimsPrincipal();
        var answer = new Dictionary<string, object?>(StringComparer.Ordinal) { [Claims.Subject] = principal.GetClaim(Claims.Subject) };
        if (principal.HasScope(Scopes.Profile))
        {
            answer[Claims.Name] = principal.GetClaim(Claims.Name);
        }

        if (principal.HasScope(Scopes.Email))
        {
            answer[Claims.Email] = principal.GetClaim(Claims.Email);
            answer[Claims.EmailVerified] = principal.GetClaim(Claims.EmailVerified) == "true";
        }

        return Results.Json(answer);
    }

    private static OpenIddictRequest Request(HttpContext context) =>
        context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict passed on a request it did not read.");

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [Scheme]);
}
