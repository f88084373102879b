using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Remediation.Development.Identity;
using Remediation.Domain.Parties;
using Remediation.Server.Demo;

namespace Remediation.Server.Identity;

/// <summary>A demo person at the local provider and what they are in Remediation: a role, and a party for partners and suppliers.</summary>
public sealed record DemoPerson(string Label, LocalPerson Person, Role Role, string? PartyId);

/// <summary>The demo partner's integration: a machine client acting for a party.</summary>
public sealed record DemoClient(LocalMachineClient Client, Role Role, string PartyId);

/// <summary>
/// In Development: who can sign in at the local provider. Subjects are stable so that memberships made for them
/// survive restarts; passwords and the client secret are new on each start.
/// </summary>
public sealed record DemoPeople(Uri Issuer, IReadOnlyList<DemoPerson> People, DemoClient Client)
{
    public static DemoPeople Create(Uri issuer) =>
        new(
            issuer,
            [
                Person("caseworker", "casey", "demo-caseworker", "Casey Caseworker", Role.Caseworker, null),
                Person("admin", "ada", "demo-admin", "Ada Admin", Role.Admin, null),
                Person("partner", "pat", "demo-partner", "Pat Partner", Role.Partner, DemoKeys.PartnerId),
                Person("supplier", "sam", "demo-supplier", "Sam Supplier", Role.Supplier, DemoKeys.SupplierId),
            ],
            new DemoClient(
                new LocalMachineClient("remediation-demo-client", Secret(24), "Demo partner integration"), Role.Partner, DemoKeys.PartnerId));

    /// <summary>One line each, labelled, so a script can take "user X password Y" and "client X secret Y".</summary>
    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Identity provider (OpenID Connect, Development): issuer {Issuer}");
        foreach (var demo in People)
        {
            var party = demo.PartyId is null ? string.Empty : $" (party {demo.PartyId})";
            output.WriteLine($"  {demo.Label,-10} user {demo.Person.UserName} password {demo.Person.Password}{party}");
        }

        output.WriteLine($"  {"client",-10} client {Client.Client.ClientId} secret {Client.Client.Secret} (partner {Client.PartyId})");
    }

    private static DemoPerson Person(string label, string userName, string subject, string name, Role role, string? partyId) =>
        new(label, new LocalPerson(userName, Secret(12), subject, name, $"{userName}@demo.remediation.test"), role, partyId);

    private static string Secret(int bytes) => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(bytes));
}
