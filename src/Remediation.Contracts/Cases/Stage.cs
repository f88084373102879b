using System.Text.Json.Serialization;

namespace Remediation.Contracts.Cases;

/// <summary>Where a case is in its life.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Stage>))]
public enum Stage
{
    Triage,
    SupplierAcknowledgement,
    Investigation,
    RemediationPlan,
    Reimbursement,
    Verification,
    Closed,
}
