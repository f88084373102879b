using System.Text.Json.Serialization;

namespace Remediation.Contracts.Cases;

/// <summary>What is repayable: everything the worker paid, or only what exceeds the origin country's legal cap.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RepaymentBasis>))]
public enum RepaymentBasis
{
    [JsonStringEnumMemberName("zero_fee")]
    ZeroFee,

    [JsonStringEnumMemberName("legal_cap")]
    LegalCap,
}
