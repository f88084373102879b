using System.Globalization;
using System.Text;

namespace Remediation.Domain.Procurement;

/// <summary>
/// Electronics Watch's leverage over a supplier: how many public buyers hold contracts active today, how many such
/// contracts, and their combined value per currency as a stated floor (the sum of each band's lower bound, read back
/// as a band). Currencies are never converted into each other.
/// </summary>
public sealed record Leverage(int LinkedBuyers, int ActiveContracts, IReadOnlyDictionary<string, ContractValueBand> CombinedBands)
{
    public static readonly Leverage None = new(0, 0, new Dictionary<string, ContractValueBand>());

    public static Leverage Of(IEnumerable<BuyerContract> contracts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var active = contracts.Where(c => c.IsActiveOn(today)).ToList();
        return new Leverage(
            active.Select(c => BuyerKey(c.Buyer)).Distinct(StringComparer.Ordinal).Count(),
            active.Count,
            active.GroupBy(c => c.ValueCurrency, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => BandOf(g.Sum(c => LowerBound(c.ValueBand))), StringComparer.Ordinal));
    }

    /// <summary>The combined value as text: "at least 1m GBP; at least 100k EUR", or "none".</summary>
    public string CombinedText => CombinedBands.Count == 0
        ? "none"
        : string.Join("; ", CombinedBands.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"at least {Short(p.Value)} {p.Key}"));

    /// <summary>Buyers are free text: the same buyer spelt two ways counts twice (docs/risk-method.md).</summary>
    public static string BuyerKey(string buyer)
    {
        ArgumentNullException.ThrowIfNull(buyer);
        var words = buyer.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    public static decimal LowerBound(ContractValueBand band) => band switch
    {
        ContractValueBand.Under100Thousand => 0m,
        ContractValueBand.From100ThousandTo1Million => 100_000m,
        ContractValueBand.From1MillionTo10Million => 1_000_000m,
        ContractValueBand.From10MillionTo100Million => 10_000_000m,
        _ => 100_000_000m,
    };

    public static ContractValueBand BandOf(decimal amount) => amount switch
    {
        >= 100_000_000m => ContractValueBand.Over100Million,
        >= 10_000_000m => ContractValueBand.From10MillionTo100Million,
        >= 1_000_000m => ContractValueBand.From1MillionTo10Million,
        >= 100_000m => ContractValueBand.From100ThousandTo1Million,
        _ => ContractValueBand.Under100Thousand,
    };

    private static string Short(ContractValueBand band) => band switch
    {
        ContractValueBand.Under100Thousand => "0",
        ContractValueBand.From100ThousandTo1Million => "100k",
        ContractValueBand.From1MillionTo10Million => "1m",
        ContractValueBand.From10MillionTo100Million => "10m",
        _ => "100m",
    };
}
