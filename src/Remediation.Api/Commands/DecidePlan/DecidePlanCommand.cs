using Remediation.Api.Routing;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.PlanDecision;

namespace Remediation.Api.Commands.DecidePlan;

/// <summary>DecidePlan: a caseworker approves the supplier's repayment plan or rejects it with a reason.</summary>
public static class DecidePlanCommand
{
    public static readonly PlanDecisionRequest Example = new() { Approve = true };

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "DecidePlan", "cases/{caseId}/plan/decision", "Approve or reject a plan (caseworkers)",
        typeof(PlanDecisionRequest), Example, sheet: false, null,
        r => command.HandleAsync<PlanDecisionRequest, PlanDecisionPayload>(r, CaseCommand.DecidePlan, batch: false, ToPayload));

    public static PlanDecisionPayload ToPayload(PlanDecisionRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Approve, r.Reason, r.Justification);
    }
}
