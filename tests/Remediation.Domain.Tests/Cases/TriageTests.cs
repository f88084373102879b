using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Cases;

public class TriageTests
{
    private static readonly DeadlinePolicy Policy = new();

    [Fact]
    public void A_new_case_starts_in_triage_with_a_five_day_deadline_and_tells_caseworkers()
    {
        var opened = Case.Open("case-9", new IntakeBuilder().BuildValid(), TestClock.Now, Policy);

        Assert.Equal(Stage.Triage, opened.Case.Stage);
        Assert.Equal(TestClock.Now.AddDays(5), opened.Case.Deadline);
        Assert.Equal(CaseEventKinds.Opened, Assert.Single(opened.Events).Kind);
        Assert.Equal(Role.Caseworker, Assert.Single(opened.Notifications).RecipientRole);
    }

    [Fact]
    public void Accepting_links_supplier_and_contracts_and_starts_the_acknowledgement_clock()
    {
        var scenario = CaseScenario.Opened();

        var accepted = scenario.Case.AcceptTriage(CaseScenario.Caseworker, "SUP-2", ["CCS-1", "CCS-2"], Priority.High, scenario.Now, Policy);

        Assert.Null(accepted.Refusal);
        Assert.Equal(Stage.SupplierAcknowledgement, accepted.Case.Stage);
        Assert.Equal("SUP-2", accepted.Case.SupplierId);
        Assert.Equal(["CCS-1", "CCS-2"], accepted.Case.Contracts);
        Assert.Equal(scenario.Now.AddDays(2), accepted.Case.Deadline);
        Assert.Contains(accepted.Notifications, n => n.RecipientRole == Role.Supplier && n.RecipientPartyId == "SUP-2" && n.Kind == NotificationKind.StageChanged);
    }

    [Fact]
    public void Accepting_without_any_supplier_is_refused()
    {
        var scenario = CaseScenario.Opened(new IntakeBuilder().WithSupplier(null));

        var accepted = scenario.Case.AcceptTriage(CaseScenario.Caseworker, null, [], Priority.Standard, scenario.Now, Policy);

        Assert.Equal(RefusalKind.InvalidData, accepted.Refusal?.Kind);
        Assert.Same(scenario.Case, accepted.Case);
    }

    [Fact]
    public void Rejecting_closes_the_case_as_rejected_with_its_reason()
    {
        var scenario = CaseScenario.Opened();

        var rejected = scenario.Case.RejectTriage(CaseScenario.Caseworker, "Factory is not in any public buyer's supply chain.", scenario.Now, Policy);

        Assert.Equal(Stage.Closed, rejected.Case.Stage);
        Assert.Equal(CaseOutcome.Rejected, rejected.Case.Outcome);
        Assert.Null(rejected.Case.Deadline);
        Assert.Contains(rejected.Notifications, n => n.RecipientRole == Role.Partner && n.Kind == NotificationKind.CaseClosed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Rejecting_without_a_reason_is_refused(string? reason)
    {
        var scenario = CaseScenario.Opened();

        Assert.Equal(RefusalKind.InvalidData, scenario.Case.RejectTriage(CaseScenario.Caseworker, reason, scenario.Now, Policy).Refusal?.Kind);
    }

    [Fact]
    public void A_partner_cannot_triage_its_own_case()
    {
        var scenario = CaseScenario.Opened();

        var refused = scenario.Case.AcceptTriage(CaseScenario.Partner, "SUP-1", [], Priority.Standard, scenario.Now, Policy);

        Assert.Equal(RefusalKind.NotPermitted, refused.Refusal?.Kind);
    }
}
