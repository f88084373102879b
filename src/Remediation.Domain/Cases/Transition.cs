using Remediation.Domain.Notifications;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Cases;

/// <summary>
/// The result of a command on a case: the case after it, what happened (timeline) and who must hear of it; or a
/// refusal, in which case <see cref="Case"/> is the unchanged case.
/// </summary>
public sealed record Transition(Case Case, IReadOnlyList<CaseEvent> Events, IReadOnlyList<Notification> Notifications, Refusal? Refusal)
{
    /// <summary>Who hears of it: never a party the case is not disclosed to (need-to-know, <see cref="Case.MayNotify"/>).</summary>
    public IReadOnlyList<Notification> Notifications { get; init; } = [.. Notifications.Where(Case.MayNotify)];

    public bool IsRefused => Refusal is not null;

    /// <summary>True when the command changed nothing (an escalation that was not yet due).</summary>
    public bool IsNoChange => Refusal is null && Events.Count == 0;

    public static Transition Refused(Case unchanged, Refusal refusal) => new(unchanged, [], [], refusal);

    public static Transition Unchanged(Case unchanged) => new(unchanged, [], [], null);
}
