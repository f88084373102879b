using Remediation.Api.Routing;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.Acknowledge;

namespace Remediation.Api.Commands.Acknowledge;

/// <summary>Acknowledge: the supplier acknowledges a case it was named in; the body may be empty.</summary>
public static class AcknowledgeCommand
{
    public static readonly AcknowledgeRequest Example = new();

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "Acknowledge", "cases/{caseId}/acknowledgement", "Acknowledge a case (suppliers)",
        typeof(AcknowledgeRequest), Example, sheet: false, "The body may be empty.",
        r => command.HandleAsync<AcknowledgeRequest, AcknowledgePayload>(r, CaseCommand.Acknowledge, batch: false, ToPayload));

    public static AcknowledgePayload ToPayload(AcknowledgeRequest r) => new();
}
