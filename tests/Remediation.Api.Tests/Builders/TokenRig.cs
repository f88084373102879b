using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Remediation.Development;
using Remediation.Development.Identity;
using Remediation.Domain.Parties;

namespace Remediation.Api.Tests.Builders;

/// <summary>
/// A real local OpenID Connect provider (the one the standalone server runs in Development) on a free port, with people
/// for every caller of the authorization matrix, a machine client, and the API settings that trust it.
/// </summary>
internal sealed class TokenRig : IAsyncDisposable
{
    public const string Audience = "remediation-api";

    public static readonly LocalPerson Casey = Person("casey", "Casey Caseworker");
    public static readonly LocalPerson Ada = Person("ada", "Ada Admin");
    public static readonly LocalPerson Pat = Person("pat", "Pat Partner");
    public static readonly LocalPerson Pam = Person("pam", "Pam Otherpartner");
    public static readonly LocalPerson Sam = Person("sam", "Sam Supplier");
    public static readonly LocalPerson Sue = Person("sue", "Sue Othersupplier");
    public static readonly LocalPerson Nobody = Person("nobody", "Noah Nomember");
    public static readonly LocalPerson Ina = Person("ina", "Ina Invited");
    public static readonly LocalPerson Una = Person("una", "Una Unverified") with { EmailVerified = false };
    public static readonly LocalMachineClient Integration = new("mwrn-integration", "integration-secret-0123456789", "MWRN nightly import");

    /// <summary>Each person's membership: role and party (null: none).</summary>
    public static readonly (LocalPerson Person, Role Role, string? Party)[] Members =
    [
        (Casey, Role.Caseworker, null), (Ada, Role.Admin, null), (Pat, Role.Partner, "PART-1"), (Pam, Role.Partner, "PART-2"),
        (Sam, Role.Supplier, "SUP-1"), (Sue, Role.Supplier, "SUP-2"),
    ];

    private TokenRig(LocalIdentityProvider provider, Uri console)
    {
        Provider = provider;
        Callback = new Uri(console, "/authentication/login-callback");
    }

    public LocalIdentityProvider Provider { get; }

    public Uri Callback { get; }

    /// <summary>The issuer as tokens carry it and memberships store it (no trailing slash).</summary>
    public string Issuer => Provider.Issuer.ToString().TrimEnd('/');

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Remediation:Identity:Authority"] = Provider.Issuer.ToString(),
        ["Remediation:Identity:Audiences:0"] = Audience,
        ["Remediation:Identity:RequireHttpsMetadata"] = "false",
        ["Remediation:Identity:ConsoleClientId"] = "remediation-console",
        ["Remediation:Identity:Scopes:0"] = Audience,
        ["Remediation:Identity:AdminContact"] = "the Remediation team at help@buyer.example",
    };

    public static async Task<TokenRig> StartAsync()
    {
        var console = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
        var provider = await LocalIdentityProvider.StartAsync(new LocalIdentityProviderOptions
        {
            Url = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/"),
            ConsoleOrigins = [console],
            People = [Casey, Ada, Pat, Pam, Sam, Sue, Nobody, Ina, Una],
            MachineClients = [Integration],
            OtherAudiences = ["other-api"],
        });
        return new TokenRig(provider, console);
    }

    /// <summary>A person's access token through the provider's login page: authorization code with PKCE, as the console gets it.</summary>
    public Task<string> SignInAsync(LocalPerson person, string scope = Audience) =>
        OidcSignIn.SignInAsync(Provider.Issuer, "remediation-console", Callback, scope, person.UserName, person.Password, CancellationToken.None);

    public Task<string> ClientTokenAsync() =>
        OidcSignIn.ClientCredentialsAsync(Provider.Issuer, Integration.ClientId, Integration.Secret, Audience, CancellationToken.None);

    /// <summary>
    /// A token made here rather than by the provider: signed with the provider's own key unless told otherwise, with
    /// what a test changes (lifetime, audience, roles). Valid as the provider's would be when nothing is changed.
    /// </summary>
    public string Mint(
        string subject, Action<SecurityTokenDescriptor>? change = null, SigningCredentials? key = null, IDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Provider.Issuer.ToString(),
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = key ?? Provider.SigningCredentials,
            Claims = new Dictionary<string, object>(claims ?? new Dictionary<string, object>()) { ["sub"] = subject, ["scope"] = Audience },
            Subject = new ClaimsIdentity(),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>Memberships for <see cref="Members"/> and the machine client (a partner integration of PART-1), made by the admin key.</summary>
    public async Task AddMembersAsync(ApiServer server)
    {
        using var admin = server.Client(server.Keys.Admin);
        foreach (var (person, role, party) in Members)
        {
            await AddAsync(admin, person.Subject, person.Name, role, party);
        }

        await AddAsync(admin, Integration.ClientId, Integration.Name, Role.Partner, "PART-1");
    }

    public async Task<string> AddAsync(HttpClient admin, string subject, string name, Role role, string? party)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var answer = await admin.PostAsJsonAsync(
            "admin/members", new { displayName = name, role = role.ToString().ToLowerInvariant(), partyId = party, subject, issuer = Issuer });
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<Contracts.Admin.MemberView>())!.Id;
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();

    private static LocalPerson Person(string user, string name) =>
        new(user, user + "-password-0123", "subject-" + user, name, user + "@example.test");
}
