using Remediation.Domain.Parties;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Cases;

/// <summary>Who may give each command and in which stages: the guard every transition passes first.</summary>
public static class CommandRules
{
    private static readonly Stage[] OpenStages =
        [Stage.Triage, Stage.SupplierAcknowledgement, Stage.Investigation, Stage.RemediationPlan, Stage.Reimbursement, Stage.Verification];

    private static readonly Dictionary<CaseCommand, (Role[] Roles, Stage[] Stages)> Rules = new()
    {
        [CaseCommand.Triage] = ([Role.Caseworker], [Stage.Triage]),
        [CaseCommand.Acknowledge] = ([Role.Supplier], [Stage.SupplierAcknowledgement]),
        [CaseCommand.SubmitFindings] = ([Role.Supplier], [Stage.Investigation]),
        [CaseCommand.DecideFindings] = ([Role.Caseworker], [Stage.Investigation]),
        [CaseCommand.SubmitPlan] = ([Role.Supplier], [Stage.RemediationPlan]),
        [CaseCommand.DecidePlan] = ([Role.Caseworker], [Stage.RemediationPlan]),
        [CaseCommand.RecordPayments] = ([Role.Supplier], [Stage.Reimbursement]),
        [CaseCommand.RecordReceipts] = ([Role.Partner, Role.Worker], [Stage.Reimbursement, Stage.Verification]),
        [CaseCommand.ReportRetaliation] = ([Role.Partner, Role.Worker], OpenStages),
        [CaseCommand.ExtendDeadline] = ([Role.Caseworker], OpenStages),
        [CaseCommand.Close] = ([Role.Caseworker], OpenStages),
        [CaseCommand.AddNote] = ([Role.Partner, Role.Supplier, Role.Caseworker], [.. OpenStages, Stage.Closed]),
        [CaseCommand.AddWorkers] = ([Role.Partner, Role.Supplier], [Stage.Triage, Stage.SupplierAcknowledgement, Stage.Investigation]),
        [CaseCommand.Escalate] = ([Role.System], OpenStages),
    };

    public static IReadOnlyList<Role> RolesFor(CaseCommand command) => Rules[command].Roles;

    public static IReadOnlyList<Stage> StagesFor(CaseCommand command) => Rules[command].Stages;

    /// <summary>Null when <paramref name="actor"/> may give <paramref name="command"/> to the case now; otherwise why not.</summary>
    public static Refusal? Check(Case @case, CaseCommand command, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(actor);
        var (roles, stages) = Rules[command];
        if (!roles.Contains(actor.Role))
        {
            return Refusal.NotPermitted(
                $"{Describe(command)} is for {string.Join(" or ", roles.Select(r => r.ToString().ToLowerInvariant() + "s"))}, " +
                $"not {actor.Role.ToString().ToLowerInvariant()}s.");
        }

        if (actor.Role is Role.Partner or Role.Supplier && !@case.IsParty(actor))
        {
            return Refusal.NotPermitted($"{Describe(command)} is for the case's own {actor.Role.ToString().ToLowerInvariant()}.");
        }

        if (!stages.Contains(@case.Stage))
        {
            var allowed = string.Join(", ", stages);
            return Refusal.WrongStage($"{Describe(command)} is not allowed while the case is in {@case.Stage}; it is allowed in: {allowed}.");
        }

        return null;
    }

    public static string Describe(CaseCommand command) => command switch
    {
        CaseCommand.Triage => "Triage",
        CaseCommand.Acknowledge => "Acknowledging the case",
        CaseCommand.SubmitFindings => "Submitting investigation findings",
        CaseCommand.DecideFindings => "Deciding on findings",
        CaseCommand.SubmitPlan => "Submitting a repayment plan",
        CaseCommand.DecidePlan => "Deciding on a repayment plan",
        CaseCommand.RecordPayments => "Recording payments",
        CaseCommand.RecordReceipts => "Recording receipt confirmations",
        CaseCommand.ReportRetaliation => "Reporting retaliation",
        CaseCommand.ExtendDeadline => "Extending the deadline",
        CaseCommand.Close => "Closing the case",
        CaseCommand.AddNote => "Adding a note",
        CaseCommand.AddWorkers => "Adding workers",
        CaseCommand.Escalate => "Escalating",
        _ => command.ToString(),
    };
}
