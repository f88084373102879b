using Remediation.Domain.Currencies;

namespace Remediation.Domain.Plans;

/// <summary>
/// One instalment against what has been paid: payments count towards the instalments in order (per currency), so
/// an instalment is met when everything paid covers it and every instalment before it.
/// </summary>
public sealed record InstalmentProgress(Instalment Instalment, MoneyTotals PaidAgainst)
{
    public bool IsMet => Instalment.Amounts.All(required => PaidAgainst.For(required.Currency).Amount >= required.Amount);
}
