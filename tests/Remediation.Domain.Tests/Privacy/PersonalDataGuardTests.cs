using Remediation.Domain.Cases;
using Remediation.Domain.Intake;
using Remediation.Domain.Privacy;
using Remediation.Domain.Rules;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Privacy;

public class PersonalDataGuardTests
{
    [Theory]
    [InlineData("Call her on +66 81 234 5678 after the shift.", "a phone number")]
    [InlineData("Her number is 081-234-5678.", "a phone number")]
    [InlineData("Reached at 0812345678.", "a phone number")]
    [InlineData("Write to aung.san@example.org for details.", "an e-mail address")]
    [InlineData("Passport MA1234567 is held by the agent.", "a passport or ID document number")]
    public void Contact_details_and_document_numbers_are_found(string text, string kind)
    {
        var findings = PersonalDataGuard.Find(text);

        Assert.Contains(findings, f => f.StartsWith(kind, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Myanmar workers paid about 20,000 THB in 2016-03 to agents; 10570 workers, hired 2016-03-01.")]
    [InlineData("Contract CCS-RM6068-001, payroll batch PAY-2019-12, fee 20000.50 THB.")]
    [InlineData("Worker MM-00042 confirmed receipt.")]
    public void Ordinary_case_text_is_clean(string text) => Assert.Empty(PersonalDataGuard.Find(text));

    [Fact]
    public void The_explanation_names_the_kind_and_position_but_never_repeats_the_data()
    {
        var explanation = PersonalDataGuard.Explain("Passport MA1234567 is held by the agent.")!;

        Assert.Contains("character 10", explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("MA1234567", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_with_a_phone_number_is_refused()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation);

        var refused = scenario.Case.AddNote(CaseScenario.Partner, "Worker can be reached on +95 9 420 123456.", scenario.Now);

        Assert.Equal(RefusalKind.InvalidData, refused.Refusal?.Kind);
        Assert.Contains("phone number", refused.Refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intake_summary_with_an_email_is_refused_at_its_path()
    {
        var errors = IntakeValidator.Validate("PART-1", new IntakeBuilder().WithSummary("Contact the worker at someone@example.com.").Build(), TestClock.Today).Errors;

        Assert.Equal("$.summary", Assert.Single(errors).Path);
    }
}
