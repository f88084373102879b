using System.Text.Json.Serialization;

namespace Remediation.Contracts.Cases;

/// <summary>Where one worker's line stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LedgerLineStatus>))]
public enum LedgerLineStatus
{
    AwaitingFindings,
    NothingOwed,
    Owed,
    PartiallyPaid,
    Paid,
    Verified,
    Disputed,
}
