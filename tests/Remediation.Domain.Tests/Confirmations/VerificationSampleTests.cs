using Remediation.Domain.Confirmations;
using Remediation.Domain.Currencies;
using Remediation.Domain.Geography;
using Remediation.Domain.Ledger;

namespace Remediation.Domain.Tests.Confirmations;

public class VerificationSampleTests
{
    private const string Seed = "5f1c0ddc2b6a4e7f9a3d8c1b0e2f4a6d";
    private static readonly SamplePolicy Policy = new();

    /// <summary><paramref name="count"/> workers of one stratum, numbered from <paramref name="from"/>.</summary>
    private static IEnumerable<LedgerLine> Workers(
        int count, string nationality = "MM", string? paidTo = "agent", EmploymentStatus status = EmploymentStatus.Current, int from = 1) =>
        Enumerable.Range(from, count).Select(i => new LedgerLine(
            $"{nationality}-{i:D5}",
            Country.Of(nationality),
            new DateOnly(2016, 4, 1),
            status,
            [new FeeItem(FeeCategory.RecruitmentFee, Money.Of(20000m, "THB"), paidTo, new DateOnly(2015, 12, 1))]));

    [Fact]
    public void The_same_seed_draws_the_same_sample_whatever_the_order_of_the_workers()
    {
        var lines = Workers(500).Concat(Workers(300, "KH", "broker", EmploymentStatus.Former)).ToList();

        var first = VerificationSample.Draw(lines, Seed, Policy);
        var again = VerificationSample.Draw(Enumerable.Reverse(lines), Seed, Policy);
        var other = VerificationSample.Draw(lines, VerificationSample.NewSeed(), Policy);

        Assert.Equal(first.Workers, again.Workers);
        Assert.NotEqual(first.Workers.Order(), other.Workers.Order());
        Assert.Equal(first.Size, other.Size);
    }

    [Theory]
    [InlineData(10_570, 1_057)]
    [InlineData(1_000, 100)]
    [InlineData(100, 30)]
    [InlineData(20, 20)]
    public void The_sample_is_the_larger_of_a_tenth_and_thirty_workers_capped_at_all(int workers, int expected) =>
        Assert.Equal(expected, VerificationSample.Draw(Workers(workers), Seed, Policy).Size);

    [Fact]
    public void Strata_are_sampled_in_proportion_to_their_size()
    {
        var lines = Workers(900).Concat(Workers(100, "KH", "broker", EmploymentStatus.Former));

        var sample = VerificationSample.Draw(lines, Seed, Policy);

        Assert.Equal(
            [("KH|broker|Former", 100, 10), ("MM|agent|Current", 900, 90)],
            sample.Strata.Select(s => (s.Key.ToString(), s.Workers, s.Sampled.Count)));
        Assert.All(sample.Strata, s => Assert.All(s.Sampled, w => Assert.StartsWith(s.Key.Nationality, w, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_stratum_has_at_least_one_worker_in_the_sample_and_the_sample_is_still_its_size()
    {
        var lines = Workers(1_000)
            .Concat(Workers(1, "NP", "agent"))
            .Concat(Workers(2, "MM", null, from: 2_000))
            .Concat(Workers(1, "MM", "agent", EmploymentStatus.Former, from: 3_000));

        var sample = VerificationSample.Draw(lines, Seed, Policy);

        Assert.Equal(4, sample.Strata.Count);
        Assert.All(sample.Strata, s => Assert.NotEmpty(s.Sampled));
        Assert.Equal(101, sample.Size);
        Assert.Equal(sample.Size, sample.Workers.Distinct().Count());
        Assert.Contains(sample.Strata, s => s.Key.FeeRecipient == "unknown");
    }

    [Fact]
    public void More_strata_than_the_sample_would_hold_each_give_one_worker()
    {
        var lines = Enumerable.Range(0, 40).SelectMany(i => Workers(1, "MM", $"agent-{i}", from: i));

        Assert.Equal(40, VerificationSample.Draw(lines, Seed, Policy).Size);
    }

    [Theory]
    [InlineData(100, 5, false)]
    [InlineData(100, 6, true)]
    [InlineData(30, 1, false)]
    [InlineData(30, 2, true)]
    [InlineData(0, 0, false)]
    public void Disputes_past_the_policy_rate_require_every_worker_to_confirm(int sampled, int disputed, bool required) =>
        Assert.Equal(required, Policy.RequiresFullVerification(sampled, disputed));
}
