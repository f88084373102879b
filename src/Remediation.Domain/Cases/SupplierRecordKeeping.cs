using Remediation.Domain.Parties;

namespace Remediation.Domain.Cases;

/// <summary>
/// The supplier's part of a case's record, kept as every command is applied: lateness that ended (a deadline of the
/// supplier's that had passed when the supplier acted, the stage moved on, or a caseworker extended or closed it) and the
/// escalation levels climbed while the supplier was late. Deterministic in the command's time, so a retry keeps the same.
/// </summary>
public static class SupplierRecordKeeping
{
    public static Case Track(Case before, Case after, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.IsClosed || before.ResponsibleParty.Role != Role.Supplier)
        {
            return after;
        }

        var next = after;
        var stillWaited = after.Stage == before.Stage && after.ResponsibleParty.Role == Role.Supplier && after.Deadline == before.Deadline;
        if (!stillWaited && before.Deadline is { } deadline && deadline < now)
        {
            next = next with { SupplierLateness = before.SupplierLateness + (now - deadline) };
        }

        if (after.Stage == before.Stage && after.EscalationLevel > before.EscalationLevel)
        {
            next = next with
            {
                HighestSupplierLevel = after.EscalationLevel > before.HighestSupplierLevel ? after.EscalationLevel : before.HighestSupplierLevel,
                SupplierEscalations = before.SupplierEscalations + (after.EscalationLevel - before.EscalationLevel),
            };
        }

        return next;
    }

    /// <summary>The supplier's lateness that has not ended yet: its deadline passed and it is still waited for.</summary>
    public static TimeSpan LateNow(Case @case, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return !@case.IsClosed && @case.ResponsibleParty.Role == Role.Supplier && @case.Deadline is { } deadline && deadline < now
            ? now - deadline
            : TimeSpan.Zero;
    }
}
