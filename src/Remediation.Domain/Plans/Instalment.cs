using Remediation.Domain.Currencies;

namespace Remediation.Domain.Plans;

/// <summary>One instalment of a repayment plan: by <see cref="DueAt"/>, these amounts (one per currency) are paid.</summary>
public sealed record Instalment(int Number, DateTimeOffset DueAt, IReadOnlyList<Money> Amounts)
{
    public MoneyTotals Totals => MoneyTotals.Of(Amounts);
}
