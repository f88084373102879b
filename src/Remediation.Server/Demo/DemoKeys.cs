using Remediation.Api.Authentication;
using Remediation.Domain.Parties;

namespace Remediation.Server.Demo;

/// <summary>In Development: demo parties and one fresh API key per role, printed at start so a newcomer can call the API at once.</summary>
public sealed record DemoKeys(string Partner, string Supplier, string Caseworker, string Admin)
{
    public const string PartnerId = "MWRN-DEMO";
    public const string SupplierId = "SUP-DEMO";

    public static async Task<DemoKeys> CreateAsync(IPartyStore parties, IApiKeyStore keys, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(keys);
        await parties.AddAsync(new Party(PartyKind.Partner, PartnerId, "Migrant Worker Rights Network (demo)")).ConfigureAwait(false);
        await parties.AddAsync(new Party(PartyKind.Supplier, SupplierId, "Electronics supplier (demo)")).ConfigureAwait(false);
        return new DemoKeys(
            await IssueAsync(keys, Role.Partner, PartnerId, clock).ConfigureAwait(false),
            await IssueAsync(keys, Role.Supplier, SupplierId, clock).ConfigureAwait(false),
            await IssueAsync(keys, Role.Caseworker, null, clock).ConfigureAwait(false),
            await IssueAsync(keys, Role.Admin, null, clock).ConfigureAwait(false));
    }

    private static async Task<string> IssueAsync(IApiKeyStore keys, Role role, string? partyId, TimeProvider clock)
    {
        var secret = ApiKeySecret.New();
        await keys.AddAsync(
            new ApiKey(
                $"demo-{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}"[..32],
                role,
                partyId,
                clock.GetUtcNow(),
                clock.GetUtcNow().AddDays(30),
                false)
            {
                Label = $"demo {role.ToString().ToLowerInvariant()} key (printed at start)",
            },
            ApiKeySecret.Hash(secret)).ConfigureAwait(false);
        return secret;
    }
}
