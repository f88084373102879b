using System.Text.Json.Serialization;

namespace Remediation.Contracts.Evidence;

/// <summary>
/// Who may see a piece of evidence. <c>partner-only</c>: the partner and caseworkers, never the supplier; chosen at
/// upload (<c>?visibility=partner-only</c>), and given to every file a retaliation report (or a receipt reporting
/// retaliation) cites.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceVisibility>))]
public enum EvidenceVisibility
{
    [JsonStringEnumMemberName("all-parties")]
    AllParties,

    [JsonStringEnumMemberName("partner-only")]
    PartnerOnly,
}
