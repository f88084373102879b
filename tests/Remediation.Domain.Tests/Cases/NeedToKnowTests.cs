using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Parties;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Cases;

/// <summary>A supplier learns of a case only once a caseworker accepted it at triage; never from the stage it is in.</summary>
public class NeedToKnowTests
{
    private static readonly VerificationPolicy Verification = new();

    [Theory]
    [InlineData(CaseOutcome.Withdrawn)]
    [InlineData(CaseOutcome.Unremediated)]
    public void A_case_closed_in_triage_is_never_disclosed_to_the_supplier_named_at_intake(CaseOutcome outcome)
    {
        var scenario = CaseScenario.Opened(new IntakeBuilder().WithSupplier("SUP-1").WithWorker(w => w.WithFee("recruitment_fee", 100m, "THB")));

        var closed = scenario.Case.Close(
            CaseScenario.Caseworker, outcome, "The partner withdrew the report.", scenario.Ledger, Verification, scenario.Now, scenario.Policy);

        Assert.Equal(Stage.Closed, closed.Case.Stage);
        Assert.Null(closed.Case.AcceptedAt);
        Assert.False(closed.Case.IsDisclosedToSupplier);
        Assert.False(closed.Case.IsVisibleTo(CaseScenario.Supplier));
        Assert.DoesNotContain(closed.Notifications, n => n.RecipientRole == Role.Supplier);
        Assert.Contains(closed.Notifications, n => n.RecipientRole == Role.Partner);
    }

    [Fact]
    public void A_case_closed_after_acceptance_tells_its_supplier()
    {
        var scenario = CaseScenario.InStage(Stage.Investigation);

        var closed = scenario.Case.Close(
            CaseScenario.Caseworker, CaseOutcome.Withdrawn, "The partner withdrew the report.",
            scenario.Ledger, Verification, scenario.Now, scenario.Policy);

        Assert.True(closed.Case.IsVisibleTo(CaseScenario.Supplier));
        Assert.Contains(closed.Notifications, n => n.RecipientRole == Role.Supplier && n.RecipientPartyId == "SUP-1");
    }

    [Fact]
    public void A_supplier_named_at_intake_is_not_a_party_before_triage()
    {
        var scenario = CaseScenario.Opened(new IntakeBuilder().WithSupplier("SUP-1").WithWorker(w => w.WithFee("recruitment_fee", 100m, "THB")));

        Assert.False(scenario.Case.IsParty(CaseScenario.Supplier));
        Assert.Equal(RefusalKindOf(scenario.Case, CaseScenario.Supplier), Rules.RefusalKind.NotPermitted);
    }

    [Fact]
    public void No_transition_can_carry_a_notification_for_an_undisclosed_supplier()
    {
        var scenario = CaseScenario.Opened(new IntakeBuilder().WithSupplier("SUP-1").WithWorker(w => w.WithFee("recruitment_fee", 100m, "THB")));
        var leak = new Notifications.Notification(
            Role.Supplier, "SUP-1", Notifications.NotificationKind.StageChanged, scenario.Case.Id, "Case closed.");

        var transition = new Transition(scenario.Case, [], [leak], null);

        Assert.Empty(transition.Notifications);
    }

    private static Rules.RefusalKind? RefusalKindOf(Case @case, Actor actor) => CommandRules.Check(@case, CaseCommand.AddNote, actor)?.Kind;
}
