using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Intake;

public class IntakeValidatorTests
{
    private static IReadOnlyList<string> ErrorPaths(IntakeBuilder intake) =>
        [.. IntakeValidator.Validate("PART-1", intake.Build(), TestClock.Today).Errors.Select(e => e.Path)];

    [Fact]
    public void A_complete_intake_becomes_a_new_case_with_typed_ledger_lines()
    {
        var newCase = new IntakeBuilder()
            .WithPriority("priority")
            .WithWorker(w => w.WithRef("EMP-1042").WithFee("recruitment_fee", 20000.5m, "THB").WithFee("medical", 1500m, "THB"))
            .BuildValid();

        Assert.Equal(Priority.High, newCase.Priority);
        Assert.Equal("TH", newCase.Factory.Country.Code);
        var line = Assert.Single(newCase.Workers);
        Assert.Equal("EMP-1042", line.WorkerRef);
        Assert.Equal(MoneyTotals.Of(Money.Of(21500.5m, "THB")), line.Claimed);
        Assert.Equal(FeeCategory.Medical, line.Fees[1].Category);
    }

    [Fact]
    public void Every_violation_is_reported_at_once_with_its_json_path()
    {
        var intake = new IntakeBuilder()
            .WithReference(null)
            .WithFactory("", "UK")
            .WithSummary(new string('s', IntakeLimits.MaxSummaryLength + 1))
            .WithPriority("urgent")
            .WithIndicators("debt_bondage", "bad_vibes")
            .WithWorker(w => w.WithRef("Aung San").WithNationality("Myanmar").HiredOn(new DateOnly(1989, 12, 31)).WithStatus("temp")
                .WithFee("bribe", -5m, "THB").WithFee("medical", 100.001m, "USD", paidOn: TestClock.Today.AddDays(1)).WithFee("other", 1.5m, "JPY"));

        var paths = ErrorPaths(intake);

        Assert.Equal(
            [
                "$.partnerReference", "$.factory.name", "$.factory.country", "$.summary", "$.priority", "$.indicators[1]",
                "$.workers[0].ref", "$.workers[0].nationality", "$.workers[0].hiredOn", "$.workers[0].employmentStatus",
                "$.workers[0].fees[0].category", "$.workers[0].fees[0].amount", "$.workers[0].fees[1].amount",
                "$.workers[0].fees[1].paidOn", "$.workers[0].fees[2].amount",
            ],
            paths);
    }

    [Theory]
    [InlineData("W-0001", true)]
    [InlineData("MWRN:2016:0042", true)]
    [InlineData("emp.10570_a", true)]
    [InlineData("Aung San", false)]
    [InlineData("+66812345678", false)]
    [InlineData("", false)]
    [InlineData("a/b", false)]
    public void Worker_references_are_pseudonymous_codes(string workerRef, bool valid)
    {
        var paths = ErrorPaths(new IntakeBuilder().WithWorker(w => w.WithRef(workerRef)));

        Assert.Equal(valid, !paths.Contains("$.workers[0].ref"));
    }

    [Fact]
    public void A_reference_longer_than_64_characters_is_rejected()
    {
        Assert.Contains("$.workers[0].ref", ErrorPaths(new IntakeBuilder().WithWorker(w => w.WithRef(new string('a', 65)))));
        Assert.DoesNotContain("$.workers[0].ref", ErrorPaths(new IntakeBuilder().WithWorker(w => w.WithRef(new string('a', 64)))));
    }

    [Fact]
    public void Duplicate_worker_references_are_reported_at_the_second_occurrence()
    {
        var paths = ErrorPaths(new IntakeBuilder().WithWorker(w => w.WithRef("W-1")).WithWorker(w => w.WithRef("W-2")).WithWorker(w => w.WithRef("W-1")));

        Assert.Equal(["$.workers[2].ref"], paths);
    }

    [Fact]
    public void Dates_today_and_in_1990_are_fine_but_not_tomorrow_or_1989()
    {
        Assert.Empty(ErrorPaths(new IntakeBuilder().WithWorker(w => w.HiredOn(TestClock.Today).WithFee("medical", 1m, "THB", paidOn: new DateOnly(1990, 1, 1)))));
        Assert.Equal(
            ["$.workers[0].hiredOn", "$.workers[0].fees[0].paidOn"],
            ErrorPaths(new IntakeBuilder().WithWorker(w => w.HiredOn(TestClock.Today.AddDays(1)).WithFee("medical", 1m, "THB", paidOn: new DateOnly(1989, 12, 31)))));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1000000000000.01")]
    public void Amounts_must_be_positive_and_sane(string amount)
    {
        var paths = ErrorPaths(new IntakeBuilder().WithWorker(w => w.WithFee("medical", decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "THB")));

        Assert.Equal(["$.workers[0].fees[0].amount"], paths);
    }

    [Fact]
    public void Unknown_currency_is_reported_on_the_currency_field()
    {
        Assert.Equal(["$.workers[0].fees[0].currency"], ErrorPaths(new IntakeBuilder().WithWorker(w => w.WithFee("medical", 1m, "XYZ"))));
    }

    [Fact]
    public void More_than_twenty_fee_items_per_worker_are_rejected()
    {
        Assert.Equal(["$.workers[0].fees"], ErrorPaths(new IntakeBuilder().WithWorker(w => Enumerable.Range(0, 21).Aggregate(w, (b, _) => b.WithFee("other", 1m, "THB")))));
    }

    [Fact]
    public void More_than_five_thousand_workers_per_request_are_rejected()
    {
        Assert.Empty(ErrorPaths(new IntakeBuilder().WithWorkers(IntakeLimits.MaxWorkersPerRequest)));
        Assert.Equal(["$.workers"], ErrorPaths(new IntakeBuilder().WithWorkers(IntakeLimits.MaxWorkersPerRequest + 1)));
    }

    [Fact]
    public void An_intake_without_workers_or_factory_is_rejected()
    {
        var paths = IntakeValidator.Validate("PART-1", new IntakeBuilder().WithoutFactory().Build() with { Workers = [] }, TestClock.Today).Errors.Select(e => e.Path);

        Assert.Equal(["$.factory", "$.workers"], paths);
    }

    [Fact]
    public void A_summary_of_exactly_4000_characters_is_accepted()
    {
        Assert.Empty(ErrorPaths(new IntakeBuilder().WithSummary(new string('s', IntakeLimits.MaxSummaryLength))));
    }

    [Fact]
    public void Messages_tell_the_partner_what_to_send()
    {
        var errors = IntakeValidator.Validate("PART-1", new IntakeBuilder().WithWorker(w => w.WithFee("medical", 1.5m, "JPY")).Build(), TestClock.Today).Errors;

        Assert.Equal("JPY amounts have at most 0 decimal places.", Assert.Single(errors).Message);
    }
}
