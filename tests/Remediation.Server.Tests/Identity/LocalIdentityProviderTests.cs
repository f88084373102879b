using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Remediation.Development.Identity;

namespace Remediation.Server.Tests.Identity;

/// <summary>The local OpenID Connect provider over real HTTP, as the API and the console meet it (and Entra ID in Azure).</summary>
public class LocalIdentityProviderTests(LocalProviderRig rig) : IClassFixture<LocalProviderRig>
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task The_discovery_document_names_the_issuer_and_the_keys()
    {
        using var http = new HttpClient();

        using var discovery = JsonDocument.Parse(await http.GetStringAsync(new Uri(rig.Provider.Issuer, ".well-known/openid-configuration")));

        Assert.Equal("http://127.0.0.1:" + rig.Provider.Issuer.Port + "/", discovery.RootElement.GetProperty("issuer").GetString());
        var jwks = discovery.RootElement.GetProperty("jwks_uri").GetString()!;
        Assert.StartsWith(rig.Provider.Issuer.ToString(), jwks, StringComparison.Ordinal);
        using var keys = JsonDocument.Parse(await http.GetStringAsync(new Uri(jwks)));
        var key = Assert.Single(keys.RootElement.GetProperty("keys").EnumerateArray(), k => k.GetProperty("use").GetString() == "sig");
        Assert.Equal(rig.Provider.SigningCredentials.Kid, key.GetProperty("kid").GetString());
    }

    [Fact]
    public async Task A_client_credentials_token_validates_against_the_published_keys_with_the_api_audience()
    {
        var token = await OidcSignIn.ClientCredentialsAsync(
            rig.Provider.Issuer, LocalProviderRig.Integration.ClientId, LocalProviderRig.Integration.Secret, "remediation-api", Ct);

        var jwt = await rig.ValidateAsync(token);
        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal(["remediation-api"], jwt.Audiences);
        Assert.Equal("integration", jwt.Subject);
        Assert.Equal("Partner integration", jwt.GetClaim("name").Value);
        Assert.Equal("integration", jwt.GetClaim("client_id").Value);
        Assert.Equal("remediation-api", jwt.GetClaim("scope").Value);
        Assert.All(["exp", "nbf", "iat", "jti"], name => Assert.True(jwt.TryGetClaim(name, out _), name));
        Assert.InRange(jwt.ValidTo - jwt.IssuedAt, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(16));
    }

    [Fact]
    public async Task A_wrong_client_secret_gets_no_token()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => OidcSignIn.ClientCredentialsAsync(
            rig.Provider.Issuer, LocalProviderRig.Integration.ClientId, "not-the-secret", "remediation-api", Ct));

        Assert.Contains("invalid_client", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_with_code_and_pkce_gives_a_token_with_the_person()
    {
        var token = await OidcSignIn.SignInAsync(
            rig.Provider.Issuer, "remediation-console", rig.Callback, "remediation-api", "casey", LocalProviderRig.Casey.Password, Ct);

        var jwt = await rig.ValidateAsync(token);
        Assert.Equal("subject-casey", jwt.Subject);
        Assert.Equal("Casey Caseworker", jwt.GetClaim("name").Value);
        Assert.Equal("casey@example.test", jwt.GetClaim("email").Value);
        Assert.Equal("true", jwt.GetClaim("email_verified").Value);
        Assert.Equal("remediation-console", jwt.GetClaim("client_id").Value);
        Assert.Contains("remediation-api", jwt.GetClaim("scope").Value.Split(' '));
        Assert.Contains("casey", rig.SignedIn);
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_and_is_reported()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => OidcSignIn.SignInAsync(
            rig.Provider.Issuer, "remediation-console", rig.Callback, "remediation-api", "casey", "not-the-password", Ct));

        Assert.Contains("The user name or password is not right.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("casey", rig.Failed);
    }

    [Fact]
    public async Task A_person_added_while_it_runs_can_sign_in()
    {
        rig.Provider.AddPerson(new LocalPerson("ivy", "ivy-password-1", "subject-ivy", "Ivy Invited", "ivy@example.test", EmailVerified: false));

        var jwt = await rig.ValidateAsync(await OidcSignIn.SignInAsync(
            rig.Provider.Issuer, "remediation-console", rig.Callback, "remediation-api", "ivy", "ivy-password-1", Ct));

        Assert.Equal("subject-ivy", jwt.Subject);
        Assert.Equal("false", jwt.GetClaim("email_verified").Value);
    }

    [Fact]
    public async Task Authorize_with_prompt_none_and_nobody_signed_in_answers_login_required()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await http.GetAsync(Authorize(("prompt", "none")), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(rig.Callback.ToString(), location.GetLeftPart(UriPartial.Path));
        Assert.Equal("login_required", QueryHelpers.ParseQuery(location.Query)["error"].ToString());
    }

    [Fact]
    public async Task Authorize_without_pkce_is_refused()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await http.GetAsync(QueryHelpers.AddQueryString(new Uri(rig.Provider.Issuer, "connect/authorize").ToString(),
            new Dictionary<string, string?>
            {
                ["client_id"] = "remediation-console", ["redirect_uri"] = rig.Callback.ToString(), ["response_type"] = "code",
                ["scope"] = "openid remediation-api",
            }), Ct);

        // Refused on the spot or sent back with an error: never a code.
        var answer = $"{(int)response.StatusCode} {response.Headers.Location} {await response.Content.ReadAsStringAsync(Ct)}";
        Assert.Contains("invalid_request", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("code=", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_for_another_apis_scope_has_that_audience()
    {
        var token = await OidcSignIn.ClientCredentialsAsync(
            rig.Provider.Issuer, LocalProviderRig.Integration.ClientId, LocalProviderRig.Integration.Secret, "other-api", Ct);

        var jwt = await rig.ValidateAsync(token, audience: "other-api");
        Assert.Equal(["other-api"], jwt.Audiences);
    }

    [Fact]
    public async Task The_login_page_has_a_heading_an_antiforgery_field_and_a_strict_policy()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(rig.Provider.Issuer, "account/login"), Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("<h1>Remediation — local sign-in (Development)</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Microsoft Entra ID", page, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'none'; style-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.Contains($"form-action 'self' {rig.ConsoleOrigin.GetLeftPart(UriPartial.Authority)}", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_post_without_its_antiforgery_token_is_refused()
    {
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "casey", ["Password"] = "x" });

        using var response = await http.PostAsync(new Uri(rig.Provider.Issuer, "account/login"), form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(".well-known/openid-configuration")]
    [InlineData(".well-known/jwks")]
    [InlineData("connect/token")]
    [InlineData("connect/userinfo")]
    public async Task The_console_origin_may_call_discovery_keys_token_and_userinfo(string path)
    {
        using var http = new HttpClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri(rig.Provider.Issuer, path));
        preflight.Headers.Add("Origin", rig.ConsoleOrigin.GetLeftPart(UriPartial.Authority));
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        using var response = await http.SendAsync(preflight, Ct);

        Assert.Equal(rig.ConsoleOrigin.GetLeftPart(UriPartial.Authority), response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Another_origin_gets_no_cors_permission()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(rig.Provider.Issuer, ".well-known/openid-configuration"));
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await http.SendAsync(request, Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private string Authorize(params (string Name, string Value)[] extra)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = "remediation-console",
            ["redirect_uri"] = rig.Callback.ToString(),
            ["response_type"] = "code",
            ["scope"] = "openid remediation-api",
            ["code_challenge"] = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            ["code_challenge_method"] = "S256",
            ["state"] = "s",
        };
        foreach (var (name, value) in extra)
        {
            query[name] = value;
        }

        return QueryHelpers.AddQueryString(new Uri(rig.Provider.Issuer, "connect/authorize").ToString(), query);
    }
}
