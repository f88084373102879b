using Remediation.Domain.Members;
using Remediation.Domain.Parties;

namespace Remediation.Server.Identity;

/// <summary>In Development: a membership for each demo person and the demo client, made once per issuer and kept across restarts.</summary>
public static class DemoMembers
{
    private static readonly ActedBy Seeder = ActedBy.Key("development", "the standalone server in Development");

    public static async Task EnsureAsync(IMemberStore members, DemoPeople demo, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(clock);
        var issuer = demo.Issuer.ToString().TrimEnd('/');
        var wanted = demo.People.Select(p => (p.Person.Subject, p.Person.Name, p.Role, p.PartyId, Client: false))
            .Append((demo.Client.Client.ClientId, demo.Client.Client.Name, demo.Client.Role, (string?)demo.Client.PartyId, Client: true));
        foreach (var (subject, name, role, party, client) in wanted)
        {
            if (await members.FindBySubjectAsync(issuer, subject, cancellationToken).ConfigureAwait(false) is null)
            {
                await members.AddAsync(
                    new Membership(Membership.NewId(), name, role, party, MemberStatus.Active, clock.GetUtcNow(), Seeder)
                    {
                        Issuer = issuer, Subject = subject, IsClient = client,
                    },
                    cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
