using System.Collections.Frozen;
using Remediation.Domain.Cases;
using Remediation.Domain.Ledger;

namespace Remediation.Domain;

/// <summary>The snake_case names the API and storage use for the domain's enumerations.</summary>
public static class WireNames
{
    private static readonly FrozenDictionary<string, FeeCategory> Categories = new Dictionary<string, FeeCategory>
    {
        ["recruitment_fee"] = FeeCategory.RecruitmentFee,
        ["medical"] = FeeCategory.Medical,
        ["insurance"] = FeeCategory.Insurance,
        ["skills_test"] = FeeCategory.SkillsTest,
        ["training_orientation"] = FeeCategory.TrainingOrientation,
        ["equipment"] = FeeCategory.Equipment,
        ["travel_lodging"] = FeeCategory.TravelLodging,
        ["documents_visa_permit"] = FeeCategory.DocumentsVisaPermit,
        ["deposit_bond"] = FeeCategory.DepositBond,
        ["illegitimate"] = FeeCategory.Illegitimate,
        ["loan_interest"] = FeeCategory.LoanInterest,
        ["other"] = FeeCategory.Other,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<FeeCategory, string> CategoryNames = Categories.ToFrozenDictionary(p => p.Value, p => p.Key);

    public static IEnumerable<string> FeeCategoryNames => Categories.Keys.Order(StringComparer.Ordinal);

    public static bool TryParseFeeCategory(string? name, out FeeCategory category) =>
        Categories.TryGetValue(name ?? string.Empty, out category);

    public static string ToWire(this FeeCategory category) => CategoryNames[category];

    public static bool TryParseBasis(string? name, out RepaymentBasis basis)
    {
        (var known, basis) = name switch
        {
            "zero_fee" => (true, RepaymentBasis.ZeroFee),
            "legal_cap" => (true, RepaymentBasis.LegalCap),
            _ => (false, default),
        };
        return known;
    }

    public static string ToWire(this RepaymentBasis basis) => basis == RepaymentBasis.ZeroFee ? "zero_fee" : "legal_cap";

    public static bool TryParseEmploymentStatus(string? name, out EmploymentStatus status)
    {
        (var known, status) = name switch
        {
            "current" => (true, EmploymentStatus.Current),
            "former" => (true, EmploymentStatus.Former),
            _ => (false, default),
        };
        return known;
    }

    public static string ToWire(this EmploymentStatus status) => status == EmploymentStatus.Current ? "current" : "former";

    public static bool TryParsePriority(string? name, out Priority priority)
    {
        (var known, priority) = name switch
        {
            "standard" => (true, Priority.Standard),
            "priority" => (true, Priority.High),
            _ => (false, default),
        };
        return known;
    }

    public static string ToWire(this Priority priority) => priority == Priority.High ? "priority" : "standard";

    private static readonly Dictionary<string, Cases.Sector> Sectors = new(StringComparer.Ordinal)
    {
        ["electronics_assembly"] = Cases.Sector.ElectronicsAssembly,
        ["electronic_components"] = Cases.Sector.ElectronicComponents,
        ["semiconductors"] = Cases.Sector.Semiconductors,
        ["cables_wiring"] = Cases.Sector.CablesWiring,
        ["plastics_metal_parts"] = Cases.Sector.PlasticsMetalParts,
        ["other"] = Cases.Sector.Other,
    };

    public static IEnumerable<string> SectorNames => Sectors.Keys;

    public static bool TryParseSector(string? name, out Cases.Sector sector) => Sectors.TryGetValue(name ?? string.Empty, out sector);

    public static string Sector(Cases.Sector sector) => Sectors.First(p => p.Value == sector).Key;
}
