using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;
using Remediation.Domain.Tests.Builders;

namespace Remediation.Domain.Tests.Cases;

/// <summary>Every command x every stage x every role, own party and someone else's.</summary>
public class CommandRulesTests
{
    private static readonly Actor[] OwnActors = [CaseScenario.Partner, CaseScenario.Supplier, CaseScenario.Caseworker, Actor.Clock, new Actor(Role.Admin, null)];

    public static TheoryData<CaseCommand, Stage> CommandsByStage()
    {
        var data = new TheoryData<CaseCommand, Stage>();
        foreach (var command in Enum.GetValues<CaseCommand>())
        {
            foreach (var stage in Enum.GetValues<Stage>())
            {
                data.Add(command, stage);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandsByStage))]
    public void Each_command_is_allowed_exactly_for_its_roles_in_its_stages(CaseCommand command, Stage stage)
    {
        var @case = CaseScenario.InStage(stage).Case;
        Assert.Equal(stage, @case.Stage);

        foreach (var actor in OwnActors)
        {
            var refusal = CommandRules.Check(@case, command, actor);
            var roleAllowed = CommandRules.RolesFor(command).Contains(actor.Role);
            var stageAllowed = CommandRules.StagesFor(command).Contains(stage);

            // Need-to-know: before acceptance at triage the supplier is no party of the case at all.
            if (!roleAllowed || (actor.Role == Role.Supplier && !@case.IsDisclosedToSupplier))
            {
                Assert.Equal(RefusalKind.NotPermitted, refusal?.Kind);
            }
            else if (!stageAllowed)
            {
                Assert.Equal(RefusalKind.WrongStage, refusal?.Kind);
                Assert.Contains(stage.ToString(), refusal!.Reason, StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(refusal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CommandsByStage))]
    public void Another_partner_or_supplier_may_never_act_on_the_case(CaseCommand command, Stage stage)
    {
        var @case = CaseScenario.InStage(stage).Case;

        Assert.Equal(RefusalKind.NotPermitted, CommandRules.Check(@case, command, Actor.Partner("PART-OTHER"))!.Kind);
        Assert.Equal(RefusalKind.NotPermitted, CommandRules.Check(@case, command, Actor.Supplier("SUP-OTHER"))!.Kind);
    }

    [Fact]
    public void Parties_see_only_their_own_cases()
    {
        var @case = CaseScenario.InStage(Stage.Investigation).Case;

        Assert.True(@case.IsVisibleTo(CaseScenario.Partner));
        Assert.True(@case.IsVisibleTo(CaseScenario.Supplier));
        Assert.True(@case.IsVisibleTo(CaseScenario.Caseworker));
        Assert.False(@case.IsVisibleTo(Actor.Partner("PART-OTHER")));
        Assert.False(@case.IsVisibleTo(Actor.Supplier("SUP-OTHER")));
    }
}
