using Remediation.Contracts.Cases;
using Remediation.Contracts.Wording;

namespace Remediation.Web.Tests.Components;

public class WordsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(3.5, "in 3 days")]
    [InlineData(1.2, "in 1 day")]
    [InlineData(0.4, "due within a day")]
    [InlineData(-0.4, "less than a day late")]
    [InlineData(-1.5, "1 day late")]
    [InlineData(-5.5, "5 days late")]
    public void A_deadline_reads_as_days_left_or_days_late(double days, string words) =>
        Assert.Equal(words, Words.Deadline(Now.AddDays(days), Now));

    [Fact]
    public void Every_stage_level_outcome_and_waiting_party_has_words()
    {
        Assert.All(Enum.GetValues<Stage>(), s => Assert.False(string.IsNullOrWhiteSpace(Words.Of(s))));
        Assert.All(Enum.GetValues<CaseOutcome>(), o => Assert.False(string.IsNullOrWhiteSpace(Words.Of(o))));
        Assert.All(Enum.GetValues<WaitingFor>(), w => Assert.False(string.IsNullOrWhiteSpace(Words.Of(w))));
        Assert.All(Enum.GetValues<LedgerLineStatus>(), l => Assert.False(string.IsNullOrWhiteSpace(Words.Of(l))));
        Assert.Equal("Supplier acknowledgement", Words.Of(Stage.SupplierAcknowledgement));
        Assert.Equal(["On time", "Reminder", "Formal notice", "Contract escalation", "Sanctions recommended"], Enumerable.Range(0, 5).Select(Words.EscalationLevel));
    }
}
