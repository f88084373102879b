using Remediation.Domain.Members;
using Remediation.Domain.Parties;

namespace Remediation.Server.Identity;

/// <summary>
/// In Development: the demo people and the demo client are members (their role and party), so that signing in at the
/// local provider lets them in at once. Keyed by the provider's issuer and their stable subjects; added when missing.
/// </summary>
public static class DemoMemberships
{
    public static async Task EnsureAsync(IMemberStore members, DemoPeople demo, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(clock);
        // As the API reads a token's issuer: without the trailing slash.
        var issuer = demo.Issuer.ToString().TrimEnd('/');
        var wanted = demo.People.Select(p => (p.Person.Subject, p.Person.Name, p.Role, p.PartyId, Email: (string?)p.Person.Email, IsClient: false))
            .Append((demo.Client.Client.ClientId, demo.Client.Client.Name, demo.Client.Role, demo.Client.PartyId, null, IsClient: true));
        foreach (var (subject, name, role, partyId, email, isClient) in wanted)
        {
            if (await members.FindBySubjectAsync(issuer, subject).ConfigureAwait(false) is null)
            {
                await members.AddAsync(
                    new Membership(
                        Membership.NewId(), name, role, partyId, MemberStatus.Active, clock.GetUtcNow(), ActedBy.Key("development", "demo set-up"))
                    {
                        Issuer = issuer,
                        Subject = subject,
                        Email = email,
                        BoundAt = clock.GetUtcNow(),
                        IsClient = isClient,
                    }).ConfigureAwait(false);
            }
        }
    }
}
