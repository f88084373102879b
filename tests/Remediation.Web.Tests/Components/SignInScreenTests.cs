using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Contracts.Session;
using Remediation.Web.Components;
using Remediation.Web.Layout;
using Remediation.Web.Session;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components;

public class SignInScreenTests
{
    private static SignInSettings Provider(bool keys) => new(new SignInSettingsView
    {
        Authority = "http://127.0.0.1:5081/",
        ClientId = "remediation-console",
        Scopes = ["remediation-api"],
        AllowApiKeySignIn = keys,
    });

    [Fact]
    public void With_a_provider_the_screen_offers_its_sign_in_first_and_the_key_form_only_where_allowed()
    {
        using var context = ConsoleContext.SignedOut(Provider(keys: true), new FakeApi());
        var both = context.Render<SignIn>();
        Assert.Equal("Sign in", both.Find("button.provider").TextContent);
        Assert.Equal("Sign in with the key", both.Find("form button[type=submit]").TextContent);
        Assert.True(
            both.Markup.IndexOf("button type=\"button\" class=\"provider\"", StringComparison.Ordinal)
            < both.Markup.IndexOf("<form", StringComparison.Ordinal));

        using var strict = ConsoleContext.SignedOut(Provider(keys: false), new FakeApi());
        var providerOnly = strict.Render<SignIn>();
        Assert.Single(providerOnly.FindAll("button.provider"));
        Assert.Empty(providerOnly.FindAll("#api-key"));
    }

    [Fact]
    public void The_provider_button_goes_to_the_sign_in_route_of_the_provider()
    {
        using var context = ConsoleContext.SignedOut(Provider(keys: false), new FakeApi());
        var screen = context.Render<SignIn>();

        screen.Find("button.provider").Click();

        Assert.EndsWith("/authentication/login", context.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_provider_only_the_key_form_is_shown()
    {
        using var context = ConsoleContext.SignedOut(SignInSettings.KeysOnly, new FakeApi());
        var screen = context.Render<SignIn>();

        Assert.Empty(screen.FindAll("button.provider"));
        Assert.Single(screen.FindAll("#api-key"));
    }

    [Fact]
    public async Task The_header_names_the_person_and_their_role_and_shows_admin_pages_to_admins_only()
    {
        var (admin, _) = await ConsoleContext.SignedInAsync("admin", person: "Ada Admin");
        using var _admin = admin;
        var header = admin.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
        Assert.Equal("Signed in as Ada Admin (admin)", header.Find("header .who").TextContent);
        Assert.Equal(
            ["Parties", "People", "API keys", "Webhooks", "Audit log"], header.FindAll("header nav a").Select(a => a.TextContent));

        var (partner, _) = await ConsoleContext.SignedInAsync("partner", "PART-1", person: "Pat Partner");
        using var _partner = partner;
        var partnerHeader = partner.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
        Assert.Equal("Signed in as Pat Partner (partner PART-1)", partnerHeader.Find("header .who").TextContent);
        Assert.DoesNotContain(partnerHeader.FindAll("header nav a"), a => a.GetAttribute("href")!.StartsWith("admin/", StringComparison.Ordinal));
    }
}
