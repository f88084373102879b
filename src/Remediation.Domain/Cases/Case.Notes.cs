using Remediation.Domain.Parties;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Cases;

public sealed partial record Case
{
    public const int MaxNoteLength = 4000;

    public Transition AddNote(Actor actor, string? text, DateTimeOffset now)
    {
        if (CommandRules.Check(this, CaseCommand.AddNote, actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxNoteLength)
        {
            return Refuse(Refusal.Invalid($"A note needs text of at most {MaxNoteLength} characters."));
        }

        if (CheckFreeText(text) is { } personal)
        {
            return Refuse(personal);
        }

        return new Transition(this with { UpdatedAt = now }, [new CaseEvent(CaseEventKinds.NoteAdded, text)], [], null);
    }

    /// <summary>
    /// Guards adding workers (the lines themselves go to the ledger): allowed until findings are accepted, since
    /// accepted findings must cover every worker.
    /// </summary>
    public Transition AddWorkers(Actor actor, int count, DateTimeOffset now)
    {
        if (CommandRules.Check(this, CaseCommand.AddWorkers, actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        return count <= 0
            ? Refuse(Refusal.Invalid("Adding workers needs at least one worker."))
            : new Transition(
                this with { UpdatedAt = now },
                [new CaseEvent(CaseEventKinds.WorkersAdded, $"{count} workers added by the {actor.Role.ToString().ToLowerInvariant()}.")],
                [],
                null);
    }
}
