using Remediation.Api.Routing;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.Note;

namespace Remediation.Api.Commands.AddNote;

/// <summary>AddNote: any party of the case adds a note to its timeline (also after closing).</summary>
public static class AddNoteCommand
{
    public static readonly NoteRequest Example = new() { Text = "Findings reviewed with the monitoring partner." };

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "AddNote", "cases/{caseId}/notes", "Add a note (any party of the case)",
        typeof(NoteRequest), Example, sheet: false, null,
        r => command.HandleAsync<NoteRequest, NotePayload>(r, CaseCommand.AddNote, batch: false, ToPayload));

    public static NotePayload ToPayload(NoteRequest r) => new(r?.Text);
}
