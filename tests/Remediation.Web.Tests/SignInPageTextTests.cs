using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Remediation.Development;
using Remediation.Web.Resources;

namespace Remediation.Web.Tests;

/// <summary>The page's own sign-in form (index.html, shown before the app starts) says what the app's form says.</summary>
public partial class SignInPageTextTests
{
    [Theory]
    [InlineData("SignInTitle", @"<h1>(?<text>[^<]*)</h1>")]
    [InlineData("SignInProviderHelp", @"<section class=""signin""[^>]*>\s*<h1>[^<]*</h1>\s*<p[^>]*>(?<text>[^<]*)</p>")]
    [InlineData("SignInWithProvider", @"id=""boot-provider"">(?<text>[^<]*)<")]
    [InlineData("SignInKeyTitle", @"<h2>(?<text>[^<]*)</h2>")]
    [InlineData("SignInHelp", @"</h2>\s*<p>(?<text>[^<]*)</p>")]
    [InlineData("ApiKey", @"<label for=""api-key"">(?<text>[^<]*)</label>")]
    [InlineData("SignInButton", @"<button type=""submit"">(?<text>[^<]*)</button>")]
    [InlineData("SigningIn", @"id=""boot-signing-in""[^>]*>(?<text>[^<]*)<")]
    [InlineData("Loading", @"id=""boot-loading""[^>]*>(?<text>[^<]*)<")]
    [InlineData("AppName", @"<span class=""brand"">(?<text>[^<]*)</span>")]
    public void The_page_form_uses_the_resource_text(string name, string pattern)
    {
        var root = AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory);
        var html = File.ReadAllText(Path.Combine(root, "src", "Remediation.Web", "wwwroot", "index.html"));
        var texts = new ResourceManager("Remediation.Web.Resources.Text", typeof(Text).Assembly);

        var found = Regex.Match(html, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        Assert.True(found.Success, $"index.html has no {name}");
        Assert.Equal(texts.GetString(name, CultureInfo.InvariantCulture), found.Groups["text"].Value);
    }
}
