using Remediation.Domain.Currencies;
using Remediation.Domain.Plans;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Plans;

public class RepaymentPlanTests
{
    private static readonly MoneyTotals Confirmed = MoneyTotals.Of(Money.Of(1000m, "MYR"), Money.Of(500m, "USD"));

    private static Instalment Instalment(int number, int days, params Money[] amounts) => new(number, TestClock.Now.AddDays(days), amounts);

    [Fact]
    public void A_plan_covering_every_currency_exactly_is_accepted()
    {
        var plan = new RepaymentPlan([Instalment(1, 30, Money.Of(600m, "MYR"), Money.Of(500m, "USD")), Instalment(2, 60, Money.Of(400m, "MYR"))]);

        Assert.Null(plan.CheckCovers(Confirmed, TestClock.Now));
    }

    [Fact]
    public void A_plan_short_of_one_currency_is_rejected()
    {
        var plan = new RepaymentPlan([Instalment(1, 30, Money.Of(1000m, "MYR"), Money.Of(499.99m, "USD"))]);

        Assert.Contains("add up exactly", plan.CheckCovers(Confirmed, TestClock.Now)!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_paying_more_than_confirmed_is_rejected()
    {
        var plan = new RepaymentPlan([Instalment(1, 30, Money.Of(1000m, "MYR"), Money.Of(500m, "USD"), Money.Of(1m, "THB"))]);

        Assert.NotNull(plan.CheckCovers(Confirmed, TestClock.Now));
    }

    [Fact]
    public void Instalments_out_of_order_or_in_the_past_are_rejected()
    {
        var outOfOrder = new RepaymentPlan([Instalment(1, 60, Money.Of(500m, "MYR")), Instalment(2, 30, Money.Of(500m, "MYR"), Money.Of(500m, "USD"))]);
        var past = new RepaymentPlan([Instalment(1, -1, Money.Of(1000m, "MYR"), Money.Of(500m, "USD"))]);

        Assert.Contains("not due after", outOfOrder.CheckCovers(Confirmed, TestClock.Now)!.Reason, StringComparison.Ordinal);
        Assert.Contains("in the past", past.CheckCovers(Confirmed, TestClock.Now)!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_plan_is_rejected() => Assert.NotNull(new RepaymentPlan([]).CheckCovers(Confirmed, TestClock.Now));

    [Fact]
    public void The_first_unmet_instalment_is_found_cumulatively_per_currency()
    {
        var plan = new RepaymentPlan([Instalment(1, 30, Money.Of(600m, "MYR"), Money.Of(500m, "USD")), Instalment(2, 60, Money.Of(400m, "MYR"))]);

        Assert.Equal(1, plan.FirstUnmet(MoneyTotals.Empty)!.Number);
        Assert.Equal(1, plan.FirstUnmet(MoneyTotals.Of(Money.Of(1000m, "MYR")))!.Number);
        Assert.Equal(2, plan.FirstUnmet(MoneyTotals.Of(Money.Of(600m, "MYR"), Money.Of(500m, "USD")))!.Number);
        Assert.Null(plan.FirstUnmet(Confirmed));
    }

    [Fact]
    public void Payments_fill_the_instalments_in_order_each_up_to_what_it_requires()
    {
        var plan = new RepaymentPlan([Instalment(1, 30, Money.Of(600m, "MYR"), Money.Of(500m, "USD")), Instalment(2, 60, Money.Of(400m, "MYR"))]);

        var progress = plan.Progress(MoneyTotals.Of(Money.Of(750.50m, "MYR"), Money.Of(200m, "USD")));

        Assert.Equal([600m, 150.50m], progress.Select(p => p.PaidAgainst.For(Currency.Of("MYR")).Amount));
        Assert.Equal([200m, 0m], progress.Select(p => p.PaidAgainst.For(Currency.Of("USD")).Amount));
        Assert.Equal([false, false], progress.Select(p => p.IsMet));
        Assert.Equal([true, true], plan.Progress(MoneyTotals.Of(Money.Of(1200m, "MYR"), Money.Of(500m, "USD"))).Select(p => p.IsMet));
        Assert.Equal(400m, plan.Progress(MoneyTotals.Of(Money.Of(1200m, "MYR"), Money.Of(500m, "USD")))[1].PaidAgainst.For(Currency.Of("MYR")).Amount);
    }
}
