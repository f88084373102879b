using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Parties;

namespace Remediation.Domain.Notifications;

/// <summary>The case as it stood when a notification was raised; a redelivery sends the same facts.</summary>
public sealed record CaseSnapshot(Stage Stage, EscalationLevel EscalationLevel, DateTimeOffset? Deadline, Role? WaitingFor)
{
    public static CaseSnapshot Of(Case @case, Role? waitingFor)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return new(@case.Stage, @case.EscalationLevel, @case.Deadline, @case.IsClosed ? null : waitingFor);
    }
}
