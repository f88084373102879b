using System.Text.Json.Serialization;

namespace Remediation.Contracts.Cases;

/// <summary>The factory's sector as the partner reports it (PPN 009: industry).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FactorySector>))]
public enum FactorySector
{
    [JsonStringEnumMemberName("electronics_assembly")]
    ElectronicsAssembly,

    [JsonStringEnumMemberName("electronic_components")]
    ElectronicComponents,

    [JsonStringEnumMemberName("semiconductors")]
    Semiconductors,

    [JsonStringEnumMemberName("cables_wiring")]
    CablesWiring,

    [JsonStringEnumMemberName("plastics_metal_parts")]
    PlasticsMetalParts,

    [JsonStringEnumMemberName("other")]
    Other,
}
