using Remediation.Domain.Currencies;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Plans;

/// <summary>The supplier's schedule of instalments, which together cover every confirmed amount.</summary>
public sealed record RepaymentPlan(IReadOnlyList<Instalment> Instalments)
{
    public const int MaxInstalments = 60;

    public MoneyTotals Totals => Instalments.Aggregate(MoneyTotals.Empty, (totals, i) => totals.Plus(i.Totals));

    public DateTimeOffset LastDueAt => Instalments[^1].DueAt;

    /// <summary>Why this plan cannot be accepted for the confirmed amounts, or null when it can.</summary>
    public Refusal? CheckCovers(MoneyTotals confirmed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        if (Instalments.Count == 0)
        {
            return Refusal.Invalid("A repayment plan needs at least one instalment.");
        }

        if (Instalments.Count > MaxInstalments)
        {
            return Refusal.Invalid($"A repayment plan has at most {MaxInstalments} instalments.");
        }

        for (var i = 0; i < Instalments.Count; i++)
        {
            var instalment = Instalments[i];
            if (instalment.Amounts.Count == 0 || instalment.Amounts.Any(a => !a.IsPositive))
            {
                return Refusal.Invalid($"Instalment {instalment.Number} needs at least one amount, each more than zero.");
            }

            if (instalment.Amounts.Select(a => a.Currency.Code).Distinct().Count() != instalment.Amounts.Count)
            {
                return Refusal.Invalid($"Instalment {instalment.Number} names a currency twice; give one amount per currency.");
            }

            if (instalment.DueAt <= now)
            {
                return Refusal.Invalid($"Instalment {instalment.Number} is due in the past; every due date must be in the future.");
            }

            if (i > 0 && instalment.DueAt <= Instalments[i - 1].DueAt)
            {
                return Refusal.Invalid(
                    $"Instalment {instalment.Number} is not due after instalment {Instalments[i - 1].Number}; " +
                    "list instalments in order of due date.");
            }
        }

        var missing = confirmed.Minus(Totals).WithoutZeros();
        if (!missing.IsZero)
        {
            var confirmedText = confirmed.WithoutZeros().ToString();
            var planned = Totals.ToString();
            return Refusal.Invalid($"The instalments ({planned}) must add up exactly to the confirmed amounts ({confirmedText}) in every currency.");
        }

        return null;
    }

    /// <summary>The first instalment not yet covered by what has been paid (cumulatively, per currency); null when all are.</summary>
    public Instalment? FirstUnmet(MoneyTotals paid) => Progress(paid).FirstOrDefault(p => !p.IsMet)?.Instalment;

    /// <summary>
    /// What has been paid against each instalment: the paid total of each currency fills the instalments in order,
    /// each up to what it requires (what is paid beyond the plan counts against none).
    /// </summary>
    public IReadOnlyList<InstalmentProgress> Progress(MoneyTotals paid)
    {
        ArgumentNullException.ThrowIfNull(paid);
        var left = paid;
        var progress = new List<InstalmentProgress>(Instalments.Count);
        foreach (var instalment in Instalments)
        {
            var against = MoneyTotals.Of(instalment.Amounts.Select(
                required => new Money(Math.Clamp(left.For(required.Currency).Amount, 0m, required.Amount), required.Currency)));
            progress.Add(new InstalmentProgress(instalment, against));
            left = left.Minus(against);
        }

        return progress;
    }
}
