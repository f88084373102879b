using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Cases;

public sealed partial record Case
{
    /// <summary>
    /// The clock climbs the ladder to the level due at <paramref name="now"/>, one timeline entry and notification
    /// per level. Nothing changes when no new level is due yet (a timer that fired early), so callers can re-arm.
    /// With the <paramref name="ledger"/>, the late party is the one <see cref="WaitingFor"/> names (in Verification
    /// with every receipt confirmed, that is the caseworker, not the partner).
    /// </summary>
    public Transition Escalate(Actor actor, DateTimeOffset now, DeadlinePolicy policy, Ledger.LedgerSummary? ledger = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (CommandRules.Check(this, CaseCommand.Escalate, actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        if (Deadline is not { } deadline)
        {
            return Transition.Unchanged(this);
        }

        var due = policy.LevelDueAt(deadline, now);
        if (due <= EscalationLevel)
        {
            return Transition.Unchanged(this);
        }

        var (role, party) = ledger is null ? ResponsibleParty : WaitingFor(ledger);
        var events = new List<CaseEvent>();
        var notifications = new List<Notification>();
        for (var level = EscalationLevel + 1; level <= due; level++)
        {
            events.Add(new CaseEvent(
                CaseEventKinds.Escalated,
                $"Level {(int)level} ({Describe(level)}): {Stage} deadline {deadline:u} missed by the {role.ToString().ToLowerInvariant()}."));
            var message = $"Case {Id}: {Describe(level)} (level {(int)level}); the {Stage} step was due {deadline:u}.";
            if (level != EscalationLevel.SanctionsRecommended || role == Role.Caseworker)
            {
                notifications.Add(Notify(role, party, NotificationKind.Escalated, message, level));
            }

            if (level >= EscalationLevel.FormalNotice && role != Role.Caseworker)
            {
                notifications.Add(Notify(Role.Caseworker, null, NotificationKind.Escalated, message, level));
            }
        }

        return new Transition(this with { EscalationLevel = due, UpdatedAt = now }, events, notifications, null);
    }

    /// <summary>The caseworker moves the deadline later, with a reason; the ladder starts again from level 0.</summary>
    public Transition ExtendDeadline(Actor actor, DateTimeOffset newDeadline, string? reason, DateTimeOffset now)
    {
        if ((CommandRules.Check(this, CaseCommand.ExtendDeadline, actor) ?? CheckReason(reason, "Extending a deadline")) is { } refusal)
        {
            return Refuse(refusal);
        }

        if (newDeadline <= now || (Deadline is { } current && newDeadline <= current))
        {
            return Refuse(Refusal.Invalid($"The new deadline must be later than the current one ({Deadline:u}) and in the future."));
        }

        var next = this with { Deadline = newDeadline, EscalationLevel = EscalationLevel.None, UpdatedAt = now };
        var (role, party) = ResponsibleParty;
        return new Transition(
            next,
            [new CaseEvent(CaseEventKinds.DeadlineExtended, $"Deadline of {Stage} extended from {Deadline:u} to {newDeadline:u}: {reason}")],
            [Notify(role, party, NotificationKind.DeadlineExtended, $"The {Stage} deadline of case {Id} is now {newDeadline:u}.")],
            null);
    }

    public static string Describe(EscalationLevel level) => level switch
    {
        EscalationLevel.Reminder => "reminder",
        EscalationLevel.FormalNotice => "formal notice to the contract manager",
        EscalationLevel.ContractEscalation => "escalation under the contract conditions",
        EscalationLevel.SanctionsRecommended => "sanctions recommended",
        _ => "none",
    };
}
