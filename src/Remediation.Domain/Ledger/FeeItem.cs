using Remediation.Domain.Currencies;

namespace Remediation.Domain.Ledger;

/// <summary>A fee the partner found a worker paid (claimed).</summary>
public sealed record FeeItem(FeeCategory Category, Money Amount, string? PaidTo, DateOnly? PaidOn);
