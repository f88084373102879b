using Remediation.Domain.Currencies;

namespace Remediation.Domain.Ledger;

/// <summary>An amount the supplier's investigation confirms as repayable to one worker; zero means nothing is owed for it.</summary>
public sealed record ConfirmedFee(FeeCategory Category, Money Amount);
