using Remediation.Domain.Parties;

namespace Remediation.Domain.Procurement;

/// <summary>
/// A public buyer's contract with a supplier, registered by a caseworker or admin: what links a supplier to the buyers
/// whose leverage can move it. Cases name contracts at triage; the supplier's record and risk view count them.
/// </summary>
public sealed record BuyerContract(
    string Id,
    string Buyer,
    string SupplierId,
    ContractValueBand ValueBand,
    string ValueCurrency,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    DateTimeOffset RegisteredAt,
    ActedBy? RegisteredBy)
{
    public const int MaxBuyerLength = 200;
    public const int MaxTitleLength = 200;

    /// <summary>Contracts a supplier holds at most (a supplier's page lists them all).</summary>
    public const int MaxPerSupplier = 500;

    public string? Title { get; init; }

    public bool IsActiveOn(DateOnly day) => StartsOn <= day && (EndsOn is null || day <= EndsOn);
}
