using Remediation.Api.Problems;
using Remediation.Contracts.Commands;
using Remediation.Domain.Inbox;

namespace Remediation.Api.Commands;

/// <summary>A command's record as the contract's <see cref="CommandStatus"/>.</summary>
public static class CommandStatusView
{
    public static CommandStatus From(CommandRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new CommandStatus
        {
            CaseId = record.CaseId,
            CommandId = record.CommandId,
            Command = RouteNames.Of(record.Kind),
            Status = record.State switch
            {
                Domain.Inbox.CommandState.Applied => Contracts.Commands.CommandState.Applied,
                Domain.Inbox.CommandState.Refused => Contracts.Commands.CommandState.Refused,
                _ => Contracts.Commands.CommandState.Queued,
            },
            IssuedAt = record.IssuedAt,
            ActedBy = Views.AdminViews.ActedBy(record.Actor.By),
            CompletedAt = record.CompletedAt,
            Problem = record.Refusal is { } refusal ? Problem.ForCommand(refusal, record.CommandId).Details : null,
        };
    }
}
