using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Remediation.Server.Tests.Identity;

/// <summary>The provider's session cookie, as the console's silent renewal and sign-out use it.</summary>
public partial class LocalSessionTests(LocalProviderRig rig) : IClassFixture<LocalProviderRig>
{
    [Fact]
    public async Task Signed_in_prompt_none_gets_a_code_and_after_endsession_login_required_again()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = rig.Provider.Issuer };
        var login = await http.GetStringAsync(new Uri("account/login", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Antiforgery().Match(login).Groups[1].Value),
            ["UserName"] = "casey",
            ["Password"] = LocalProviderRig.Casey.Password,
        });
        using (var signedIn = await http.PostAsync(new Uri("account/login", UriKind.Relative), form))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        Assert.True((await SilentAsync(http)).ContainsKey("code"));

        var loggedOut = new Uri(rig.ConsoleOrigin, "/authentication/logout-callback");
        using (var signedOut = await http.GetAsync(new Uri(
            "connect/endsession?post_logout_redirect_uri=" + Uri.EscapeDataString(loggedOut.ToString()), UriKind.Relative)))
        {
            Assert.Equal(loggedOut, signedOut.Headers.Location);
        }

        Assert.Equal("login_required", (await SilentAsync(http))["error"].ToString());
    }

    /// <summary>Authorize with prompt=none, as silent renewal asks: the parameters it sends back to the console.</summary>
    private async Task<Dictionary<string, Microsoft.Extensions.Primitives.StringValues>> SilentAsync(HttpClient http)
    {
        var authorize = QueryHelpers.AddQueryString("connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "remediation-console",
            ["redirect_uri"] = rig.Callback.ToString(),
            ["response_type"] = "code",
            ["scope"] = "openid remediation-api",
            ["code_challenge"] = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            ["code_challenge_method"] = "S256",
            ["prompt"] = "none",
        });
        using var response = await http.GetAsync(new Uri(authorize, UriKind.Relative));
        var location = response.Headers.Location!;
        Assert.Equal(rig.Callback.ToString(), location.GetLeftPart(UriPartial.Path));
        return QueryHelpers.ParseQuery(location.Query);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
