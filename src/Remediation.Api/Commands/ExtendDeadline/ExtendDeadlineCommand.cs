using Remediation.Api.Routing;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.DeadlineExtension;

namespace Remediation.Api.Commands.ExtendDeadline;

/// <summary>ExtendDeadline: a caseworker moves the case's current deadline later, with a reason.</summary>
public static class ExtendDeadlineCommand
{
    public static readonly DeadlineExtensionRequest Example = new()
    {
        NewDeadline = new DateTimeOffset(2027, 1, 31, 0, 0, 0, TimeSpan.Zero),
        Reason = "The buyer's finance team reviews the plan.",
    };

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "ExtendDeadline", "cases/{caseId}/deadline-extensions", "Extend the current deadline (caseworkers)",
        typeof(DeadlineExtensionRequest), Example, sheet: false, null,
        r => command.HandleAsync<DeadlineExtensionRequest, DeadlineExtensionPayload>(r, CaseCommand.ExtendDeadline, batch: false, ToPayload));

    public static DeadlineExtensionPayload ToPayload(DeadlineExtensionRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.NewDeadline, r.Reason);
    }
}
