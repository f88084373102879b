using Remediation.Domain.Currencies;

namespace Remediation.Domain.Ledger;

/// <summary>One payment to one worker. <see cref="Id"/> makes recording it idempotent.</summary>
public sealed record Payment(string Id, Money Amount, DateOnly PaidOn, string Method, IReadOnlyList<string> EvidenceIds)
{
    public bool SameAs(Payment other) =>
        other is not null && Id == other.Id && Amount == other.Amount && PaidOn == other.PaidOn && Method == other.Method
        && EvidenceIds.SequenceEqual(other.EvidenceIds);
}
