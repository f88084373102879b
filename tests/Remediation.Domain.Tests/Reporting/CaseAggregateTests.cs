using System.Text.Json;
using Remediation.Domain.Cases;
using Remediation.Domain.Ledger;
using Remediation.Domain.Procurement;
using Remediation.Domain.Reporting;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Reporting;

public class CaseAggregateTests
{
    private static CaseContribution Contribution(string id, Stage stage) =>
        CaseContribution.Of(CaseScenario.InStage(stage).Case with { Id = id, Revision = 1 }, CaseScenario.InStage(stage).Ledger);

    [Fact]
    public void Taking_a_contribution_back_leaves_the_aggregate_of_the_others()
    {
        var random = new Random(21);
        var stages = Enum.GetValues<Stage>();
        var contributions = Enumerable.Range(0, 12).Select(i => Contribution($"case-{i}", stages[random.Next(stages.Length)])).ToList();
        var all = new CaseAggregate { KeepsCaseMaps = true };
        var rest = new CaseAggregate { KeepsCaseMaps = true };
        foreach (var c in contributions)
        {
            all.Apply(c, 1);
        }

        foreach (var c in contributions.Skip(4))
        {
            rest.Apply(c, 1);
        }

        foreach (var c in contributions.Take(4))
        {
            all.Apply(c, -1);
        }

        Assert.Equal(JsonSerializer.Serialize(rest), JsonSerializer.Serialize(all));
    }

    [Fact]
    public void Shards_summed_equal_one_aggregate_of_every_case()
    {
        var contributions = Enum.GetValues<Stage>().Select((s, i) => Contribution($"case-{i}", s)).ToList();
        var one = new CaseAggregate();
        var shards = new[] { new CaseAggregate(), new CaseAggregate(), new CaseAggregate() };
        for (var i = 0; i < contributions.Count; i++)
        {
            one.Apply(contributions[i], 1);
            shards[i % 3].Apply(contributions[i], 1);
        }

        Assert.Equal(JsonSerializer.Serialize(one), JsonSerializer.Serialize(CaseAggregate.Sum(shards)));
    }

    [Fact]
    public void A_contribution_holds_no_worker_reference_and_no_free_text()
    {
        var scenario = CaseScenario.InStage(Stage.Reimbursement);
        var json = JsonSerializer.Serialize(CaseContribution.Of(scenario.Case, scenario.Ledger));

        foreach (var line in scenario.Lines)
        {
            Assert.DoesNotContain(line.WorkerRef, json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(scenario.Case.Summary, json, StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.Case.RootCause!, json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_finding_is_a_case_opened_after_an_earlier_finding_about_its_factory_closed()
    {
        var first = Contribution("first", Stage.Closed);
        var later = Contribution("later", Stage.Investigation) with { OpenedAt = first.ClosedAt!.Value.AddDays(1) };
        var earlier = Contribution("earlier", Stage.Investigation) with { OpenedAt = first.ClosedAt!.Value.AddDays(-1) };
        var aggregate = new CaseAggregate { KeepsCaseMaps = true };
        foreach (var c in new[] { first, later, earlier })
        {
            aggregate.Apply(c, 1);
        }

        var record = new SupplierRecord(aggregate, first.ClosedAt!.Value.AddDays(2));
        Assert.Equal(["later"], record.RepeatCaseIds);
        Assert.Single(record.RepeatFactories);
    }

    [Fact]
    public void A_withdrawn_case_is_not_a_finding()
    {
        var withdrawn = Contribution("withdrawn", Stage.Closed) with { Outcome = CaseOutcome.Withdrawn };
        var later = Contribution("later", Stage.Investigation) with { OpenedAt = withdrawn.ClosedAt!.Value.AddDays(1) };
        var aggregate = new CaseAggregate { KeepsCaseMaps = true };
        aggregate.Apply(withdrawn, 1);
        aggregate.Apply(later, 1);

        Assert.Empty(new SupplierRecord(aggregate, later.OpenedAt).RepeatCaseIds);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(1000)]
    public void A_median_from_the_histogram_is_within_half_a_percent(int count)
    {
        var random = new Random(count);
        var durations = Enumerable.Range(0, count).Select(_ => TimeSpan.FromMinutes(random.Next(60, 60 * 24 * 400))).ToList();
        var histogram = new DurationHistogram();
        durations.ForEach(d => histogram.Apply(d, 1));

        var exact = (decimal)durations.Order().ElementAt((count - 1) / 2).TotalDays;
        var median = histogram.MedianDays()!.Value;
        Assert.InRange(median, exact * 0.995m - 0.01m, exact * 1.005m + 0.01m);
    }

    [Fact]
    public void One_factory_spelt_with_other_case_and_spacing_has_one_key_and_another_site_another()
    {
        var a = FactoryKey.Of(new Factory("Cal-Comp Electronics", Geography.Country.Of("TH"), "Phetchaburi"));
        var b = FactoryKey.Of(new Factory("  CAL COMP   electronics ", Geography.Country.Of("TH"), "phetchaburi"));
        var c = FactoryKey.Of(new Factory("Cal-Comp Electronics", Geography.Country.Of("TH"), "Samut Sakhon"));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Matches("^F-TH-[0-9a-f]{12}$", a);
    }

    [Fact]
    public void Leverage_counts_active_contracts_distinct_buyers_and_a_combined_floor_per_currency()
    {
        var today = new DateOnly(2026, 12, 3);
        BuyerContract Contract(string id, string buyer, ContractValueBand band, string currency, DateOnly? ends = null) =>
            new(id, buyer, "SUP-1", band, currency, new DateOnly(2025, 1, 1), ends, DateTimeOffset.UnixEpoch, null);

        var leverage = Leverage.Of(
            [
                Contract("A", "Crown Commercial Service", ContractValueBand.From1MillionTo10Million, "GBP"),
                Contract("B", "crown  commercial service", ContractValueBand.From1MillionTo10Million, "GBP"),
                Contract("C", "Stadt Wien", ContractValueBand.From100ThousandTo1Million, "EUR"),
                Contract("D", "Ended buyer", ContractValueBand.Over100Million, "GBP", new DateOnly(2026, 1, 1)),
            ],
            today);

        Assert.Equal(2, leverage.LinkedBuyers);
        Assert.Equal(3, leverage.ActiveContracts);
        Assert.Equal(ContractValueBand.From1MillionTo10Million, leverage.CombinedBands["GBP"]);
        Assert.Equal("at least 100k EUR; at least 1m GBP", leverage.CombinedText);
    }
}
