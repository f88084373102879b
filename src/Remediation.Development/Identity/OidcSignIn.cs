using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Remediation.Development.Identity;

/// <summary>
/// Gets access tokens from an OpenID Connect provider the way real clients do, with plain HTTP and no browser (tests,
/// bench and scripts): client credentials, and a person's sign-in by authorization code + PKCE through the login form.
/// There is no password grant: Entra ID allows none for single-page apps.
/// </summary>
public static partial class OidcSignIn
{
    private const int MostRedirects = 10;

    private static readonly string[] PersonScopes = ["openid", "profile", "email"];

    /// <summary>An access token for a confidential client, by client credentials.</summary>
    public static async Task<string> ClientCredentialsAsync(Uri issuer, string clientId, string secret, string scope, CancellationToken ct)
    {
        using var http = new HttpClient();
        var endpoints = await DiscoverAsync(http, issuer, ct).ConfigureAwait(false);
        return await RedeemAsync(http, endpoints.Token, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// An access token for a person: authorize, the login form (its anti-forgery field posted back), the redirects back
    /// to authorize and on to <paramref name="redirectUri"/> with a code, then the code and its verifier at the token endpoint.
    /// </summary>
    public static async Task<string> SignInAsync(
        Uri issuer, string clientId, Uri redirectUri, string scope, string userName, string password, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        using var http = new HttpClient(handler);
        var endpoints = await DiscoverAsync(http, issuer, ct).ConfigureAwait(false);
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var state = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
        var scopes = string.Join(' ', PersonScopes.Union(scope.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var next = new Uri(QueryHelpers.AddQueryString(endpoints.Authorization.ToString(), new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri.ToString(),
            ["response_type"] = "code",
            ["scope"] = scopes,
            ["state"] = state,
            ["code_challenge"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        }));
        HttpContent? form = null;
        for (var hop = 0; hop < MostRedirects; hop++)
        {
            using var response = form is null
                ? await http.GetAsync(next, ct).ConfigureAwait(false)
                : await http.PostAsync(next, form, ct).ConfigureAwait(false);
            var posted = form is not null;
            form?.Dispose();
            form = null;
            if (response.Headers.Location is { } location)
            {
                next = location.IsAbsoluteUri ? location : new Uri(next, location);
                if (next.GetLeftPart(UriPartial.Path) == redirectUri.GetLeftPart(UriPartial.Path))
                {
                    var code = Code(next, state);
                    return await RedeemAsync(http, endpoints.Token, new Dictionary<string, string>
                    {
                        ["grant_type"] = "authorization_code",
                        ["client_id"] = clientId,
                        ["code"] = code,
                        ["redirect_uri"] = redirectUri.ToString(),
                        ["code_verifier"] = verifier,
                    }, ct).ConfigureAwait(false);
                }

                continue;
            }

            var page = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            if (posted || !response.IsSuccessStatusCode || FormAction().Match(page) is not { Success: true } action)
            {
                throw new InvalidOperationException($"Sign-in as {userName} failed at {next} ({(int)response.StatusCode}): {Alert(page)}");
            }

            var fields = HiddenField().Matches(page).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
            fields["UserName"] = userName;
            fields["Password"] = password;
            form = new FormUrlEncodedContent(fields);
            next = new Uri(next, WebUtility.HtmlDecode(action.Groups[1].Value));
        }

        throw new InvalidOperationException($"Sign-in as {userName} did not reach {redirectUri} within {MostRedirects} redirects.");
    }

    private static async Task<(Uri Authorization, Uri Token)> DiscoverAsync(HttpClient http, Uri issuer, CancellationToken ct)
    {
        using var discovery = await http.GetFromJsonAsync<JsonDocument>(new Uri(issuer, ".well-known/openid-configuration"), ct)
            .ConfigureAwait(false) ?? throw new InvalidOperationException($"{issuer} has no discovery document.");
        return (new Uri(discovery.RootElement.GetProperty("authorization_endpoint").GetString()!),
            new Uri(discovery.RootElement.GetProperty("token_endpoint").GetString()!));
    }

    private static async Task<string> RedeemAsync(HttpClient http, Uri tokenEndpoint, Dictionary<string, string> parameters, CancellationToken ct)
    {
        using var body = new FormUrlEncodedContent(parameters);
        using var response = await http.PostAsync(tokenEndpoint, body, ct).ConfigureAwait(false);
        using var answer = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false), cancellationToken: ct)
            .ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || !answer.RootElement.TryGetProperty("access_token", out var token))
        {
            throw new InvalidOperationException($"The token endpoint refused ({(int)response.StatusCode}): {answer.RootElement}");
        }

        return token.GetString()!;
    }

    private static string Code(Uri callback, string state)
    {
        var query = QueryHelpers.ParseQuery(callback.Query);
        if (query.TryGetValue("error", out var error))
        {
            throw new InvalidOperationException($"The provider answered {error}: {query.GetValueOrDefault("error_description")}");
        }

        if (query.GetValueOrDefault("state") != state)
        {
            throw new InvalidOperationException("The provider returned another state than the one sent.");
        }

        return query["code"].ToString();
    }

    private static string Alert(string page) =>
        ErrorText().Match(page) is { Success: true } alert ? WebUtility.HtmlDecode(alert.Groups[1].Value) : "no form to fill in";

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();

    [GeneratedRegex("role=\"alert\">([^<]*)<")]
    private static partial Regex ErrorText();
}
