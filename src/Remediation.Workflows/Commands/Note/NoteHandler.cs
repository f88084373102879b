using Remediation.Domain.Cases;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Note;

public sealed class NoteHandler : ICaseCommandHandler
{
    public CaseCommand Kind => CaseCommand.AddNote;

    public Task<Transition> ApplyAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payload = context.Read<NotePayload>();
        return Task.FromResult(payload is null ? context.Unreadable() : context.Case.AddNote(context.Actor, payload.Text, context.Now));
    }
}
