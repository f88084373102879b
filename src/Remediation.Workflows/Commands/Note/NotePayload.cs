namespace Remediation.Workflows.Commands.Note;

public sealed record NotePayload(string? Text);
