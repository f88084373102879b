namespace Remediation.Domain.Parties;

/// <summary>A monitoring partner or a supplier, registered by an admin.</summary>
public sealed record Party(PartyKind Kind, string Id, string Name);
