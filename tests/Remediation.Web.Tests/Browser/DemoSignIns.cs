using System.Text.RegularExpressions;
using Remediation.Server.Tests;

namespace Remediation.Web.Tests.Browser;

/// <summary>
/// What a server in Development printed at start, read as a person or a script would: the local identity provider's
/// issuer and each demo person's "user X password Y" line, by role.
/// </summary>
internal sealed partial class DemoSignIns
{
    private readonly Dictionary<string, (string User, string Password)> people = new(StringComparer.Ordinal);

    private DemoSignIns(Uri issuer) => Issuer = issuer;

    public Uri Issuer { get; }

    public (string User, string Password) this[string role] => people[role];

    /// <summary>Waits for the lines (printed just after the server starts listening), then reads them.</summary>
    public static async Task<DemoSignIns> ReadAsync(ServerProcess server)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Client().IsMatch(server.Output) && DateTime.UtcNow < deadline && server.IsRunning)
        {
            await Task.Delay(100);
        }

        var output = server.Output;
        var issuer = IssuerLine().Match(output);
        Assert.True(issuer.Success && Client().IsMatch(output), "The server printed no identity provider: " + output);
        var read = new DemoSignIns(new Uri(issuer.Groups["issuer"].Value));
        foreach (Match person in Person().Matches(output))
        {
            read.people[person.Groups["role"].Value] = (person.Groups["user"].Value, person.Groups["password"].Value);
        }

        return read;
    }

    [GeneratedRegex(@"^\s+client\s+client \S+ secret \S+", RegexOptions.Multiline)]
    private static partial Regex Client();

    [GeneratedRegex(@"issuer (?<issuer>http\S+)")]
    private static partial Regex IssuerLine();

    [GeneratedRegex(@"^\s+(?<role>\w+)\s+user (?<user>\S+) password (?<password>\S+)", RegexOptions.Multiline)]
    private static partial Regex Person();
}
