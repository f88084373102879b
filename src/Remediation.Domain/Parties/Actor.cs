namespace Remediation.Domain.Parties;

/// <summary>Who does something: a role and, for partners and suppliers, the party they act for.</summary>
public sealed record Actor(Role Role, string? PartyId)
{
    /// <summary>The person, machine client or key behind the role (null for the clock and for workers).</summary>
    public ActedBy? By { get; init; }

    public static readonly Actor Clock = new(Role.System, null);

    /// <summary>A worker answering with their code: never named, not even by reference, as the one who acted.</summary>
    public static readonly Actor Worker = new(Role.Worker, null);

    public static Actor Partner(string partnerId) => new(Role.Partner, partnerId);

    public static Actor Supplier(string supplierId) => new(Role.Supplier, supplierId);

    public static Actor Caseworker(string? caseworkerId = null) => new(Role.Caseworker, caseworkerId);

    public override string ToString() => PartyId is null ? Role.ToString() : $"{Role}:{PartyId}";
}
