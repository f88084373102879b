using Microsoft.Playwright;
using Remediation.Client;
using Remediation.Contracts.Admin;
using Remediation.Development;
using Remediation.Development.Identity;
using Remediation.Server.Tests;
using Xunit.Abstractions;

namespace Remediation.Web.Tests.Browser;

/// <summary>
/// The admin invites a person by e-mail in the console; once that person exists at the identity provider (a provider
/// started by the test, which can add people while it runs, as an organisation adds staff), they sign in and land with
/// the invited role and party. The audit log shows the sign-ins and the binding.
/// </summary>
public class InvitationSignInTests(ITestOutputHelper output)
{
    private static readonly LocalPerson Ada = new("ada", "ada-password-1", "subject-ada", "Ada Admin", "ada@example.test");
    private static readonly LocalPerson Ivy = new("ivy", "ivy-password-1", "subject-ivy", "Ivy Inspector", "ivy@example.test");

    [Fact]
    public async Task A_person_the_admin_invited_signs_in_with_the_invited_role_and_party()
    {
        var port = LoopbackPort.Free();
        await using var provider = await LocalIdentityProvider.StartAsync(new LocalIdentityProviderOptions
        {
            Url = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}"),
            ConsoleOrigins = [new Uri($"http://127.0.0.1:{port}/")],
            People = [Ada],
        });
        var settings = new Dictionary<string, string>
        {
            ["Remediation__Identity__Authority"] = provider.Issuer.ToString(),
            ["Remediation__Identity__Audiences__0"] = "remediation-api",
            ["Remediation__Identity__RequireHttpsMetadata"] = "false",
            ["Remediation__Identity__ConsoleClientId"] = "remediation-console",
            ["Remediation__Identity__Scopes__0"] = "remediation-api",
            ["Remediation__Identity__AllowApiKeySignIn"] = "true",
        };
        await using var server = await ServerProcess.StartAsync(environmentName: "Development", port: port, settings: settings);
        using var api = await ApiDriver.ConnectAsync(server);
        using var http = server.Client(ServerProcess.AdminKey);
        await new RemediationClient(http).CreateMemberAsync(
            new CreateMemberRequest { DisplayName = "Ada Admin", Role = ApiRole.Admin, Subject = Ada.Subject });
        await using var browser = await ConsoleBrowser.LaunchAsync(output);
        var site = new Uri(server.Address, "/");

        var admin = await browser.SignInAsPersonAsync(site, provider.Issuer, Ada.UserName, Ada.Password);
        await Assertions.Expect(admin.Locator("header .who")).ToHaveTextAsync("Signed in as Ada Admin (admin)");
        await admin.GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Ivy Inspector");
        await admin.GetByLabel("E-mail address", new() { Exact = true }).FillAsync(Ivy.Email);
        await admin.Locator("#person-role").SelectOptionAsync("Partner");
        await admin.Locator("#person-party").FillAsync("MWRN");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        var invited = admin.Locator("tr.member").Filter(new() { HasText = "Ivy Inspector" });
        await Assertions.Expect(invited.Locator("td.status")).ToHaveTextAsync("invited");

        // Ivy joins the organisation (an account at the provider with that verified address) and signs in.
        provider.AddPerson(Ivy);
        var ivy = await browser.SignInAsPersonAsync(site, provider.Issuer, Ivy.UserName, Ivy.Password);
        await Assertions.Expect(ivy.Locator("header .who")).ToHaveTextAsync("Signed in as Ivy Inspector (partner MWRN)");
        await Assertions.Expect(ivy.GetByRole(AriaRole.Link, new() { Name = "New grievance" })).ToBeVisibleAsync();
        await Assertions.Expect(ivy.GetByRole(AriaRole.Link, new() { Name = "People" })).ToHaveCountAsync(0);

        await admin.ReloadAsync();
        await Assertions.Expect(invited.Locator("td.status")).ToHaveTextAsync("active");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Assertions.Expect(admin.Locator("table.audit tbody")).ToContainTextAsync("member.bound");
        await Assertions.Expect(admin.Locator("table.audit tbody tr").Filter(new() { HasText = "Ivy Inspector" }).First).ToBeVisibleAsync();
        Assert.True(browser.PolicyViolations.IsEmpty, string.Join(Environment.NewLine, browser.PolicyViolations));
        Assert.True(browser.Errors.IsEmpty, string.Join(Environment.NewLine, browser.Errors));
    }
}
