using System.Text.Json.Serialization;

namespace Remediation.Contracts.Cases;

/// <summary>How a closed case ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseOutcome>))]
public enum CaseOutcome
{
    Remediated,
    Unremediated,
    Rejected,
    Withdrawn,
}
