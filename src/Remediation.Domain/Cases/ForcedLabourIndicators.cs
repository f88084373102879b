using System.Collections.Frozen;

namespace Remediation.Domain.Cases;

/// <summary>The eleven ILO indicators of forced labour, by the names the API uses.</summary>
public static class ForcedLabourIndicators
{
    public static readonly FrozenSet<string> All = new[]
    {
        "abuse_of_vulnerability", "deception", "restriction_of_movement", "isolation", "physical_and_sexual_violence",
        "intimidation_and_threats", "retention_of_identity_documents", "withholding_of_wages", "debt_bondage",
        "abusive_working_and_living_conditions", "excessive_overtime",
    }.ToFrozenSet(StringComparer.Ordinal);
}
