using Remediation.Domain.Cases;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Note;

public sealed class NoteHandler : CaseCommandHandler<NotePayload>
{
    public override CaseCommand Kind => CaseCommand.AddNote;

    protected override Task<Transition> ApplyAsync(CommandContext context, NotePayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        return Task.FromResult(context.Case.AddNote(context.Actor, payload.Text, context.Now));
    }
}
