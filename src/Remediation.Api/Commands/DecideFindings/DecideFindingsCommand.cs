using Remediation.Api.Routing;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.FindingsDecision;

namespace Remediation.Api.Commands.DecideFindings;

/// <summary>DecideFindings: a caseworker accepts the supplier's findings or returns them with a reason.</summary>
public static class DecideFindingsCommand
{
    public static readonly FindingsDecisionRequest Example = new() { Accept = true };

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "DecideFindings", "cases/{caseId}/findings/decision", "Accept or return findings (caseworkers)",
        typeof(FindingsDecisionRequest), Example, sheet: false, null,
        r => command.HandleAsync<FindingsDecisionRequest, FindingsDecisionPayload>(r, CaseCommand.DecideFindings, batch: false, ToPayload));

    public static FindingsDecisionPayload ToPayload(FindingsDecisionRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Accept, r.Reason);
    }
}
