using System.Text.Json.Serialization;

namespace Remediation.Contracts.Procurement;

/// <summary>The contract's total value as an order of magnitude, in <c>valueCurrency</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContractValueBand>))]
public enum ContractValueBand
{
    [JsonStringEnumMemberName("under-100k")]
    Under100Thousand,

    [JsonStringEnumMemberName("100k-1m")]
    From100ThousandTo1Million,

    [JsonStringEnumMemberName("1m-10m")]
    From1MillionTo10Million,

    [JsonStringEnumMemberName("10m-100m")]
    From10MillionTo100Million,

    [JsonStringEnumMemberName("over-100m")]
    Over100Million,
}
