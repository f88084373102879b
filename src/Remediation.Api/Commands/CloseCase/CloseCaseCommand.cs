using Remediation.Api.Routing;
using Remediation.Contracts;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.Close;

namespace Remediation.Api.Commands.CloseCase;

/// <summary>CloseCase (the case command Close): a caseworker closes the case as remediated, or unremediated or withdrawn with a reason.</summary>
public static class CloseCaseCommand
{
    public static readonly CloseRequest Example = new() { Outcome = CloseOutcome.Remediated };

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "CloseCase", "cases/{caseId}/close", "Close a case (caseworkers)",
        typeof(CloseRequest), Example, sheet: false, null,
        r => command.HandleAsync<CloseRequest, ClosePayload>(r, CaseCommand.Close, batch: false, ToPayload));

    public static ClosePayload ToPayload(CloseRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(WireFormat.Name(r.Outcome), r.Reason);
    }
}
