using Remediation.Domain.Cases;

namespace Remediation.Domain.Deadlines;

/// <summary>
/// Every deadline and escalation rule, in one options object (configuration section
/// <c>Remediation:Deadlines</c>). Days are policy days of <see cref="DayLength"/>, which tests and demos shorten to
/// seconds so that a whole escalation ladder can be watched.
/// </summary>
public sealed class DeadlinePolicy
{
    public const string SectionName = "Remediation:Deadlines";

    public TimeSpan DayLength { get; set; } = TimeSpan.FromDays(1);

    public StageDeadline Triage { get; set; } = new(5, 5);

    /// <summary>RBA practice puts priority findings on a 7-day clock; acknowledging one takes 2 days.</summary>
    public StageDeadline SupplierAcknowledgement { get; set; } = new(2, 7);

    public StageDeadline Investigation { get; set; } = new(14, 30);

    public StageDeadline RemediationPlan { get; set; } = new(7, 14);

    public StageDeadline Verification { get; set; } = new(30, 30);

    /// <summary>Days a caseworker has to decide on submitted findings or a submitted plan.</summary>
    public int ReviewDays { get; set; } = 5;

    /// <summary>Days a supplier has to pay again after a worker disputes a receipt, when no instalment is still ahead.</summary>
    public int DisputeRepaymentDays { get; set; } = 14;

    /// <summary>Days after the reminder (level 1) until the formal notice (level 2).</summary>
    public int FormalNoticeAfterDays { get; set; } = 7;

    /// <summary>Days after the formal notice until escalation under the contract conditions (level 3).</summary>
    public int ContractEscalationAfterDays { get; set; } = 7;

    /// <summary>Days after the contract escalation until sanctions are recommended (level 4).</summary>
    public int SanctionsAfterDays { get; set; } = 14;

    /// <summary>A plan whose last instalment is further away than this needs the caseworker's justification.</summary>
    public int LongPlanDays { get; set; } = 90;

    public TimeSpan Days(int days) => DayLength * days;

    /// <summary>The deadline of a stage entered at <paramref name="enteredAt"/>; null where instalments set it or none applies.</summary>
    public DateTimeOffset? StageDeadlineFrom(Stage stage, Priority priority, DateTimeOffset enteredAt)
    {
        var days = stage switch
        {
            Stage.Triage => Triage,
            Stage.SupplierAcknowledgement => SupplierAcknowledgement,
            Stage.Investigation => Investigation,
            Stage.RemediationPlan => RemediationPlan,
            Stage.Verification => Verification,
            _ => null,
        };
        return days is null ? null : enteredAt + Days(priority == Priority.High ? days.PriorityDays : days.StandardDays);
    }

    /// <summary>When <paramref name="level"/> falls due for a missed <paramref name="deadline"/>.</summary>
    public DateTimeOffset EscalationDueAt(DateTimeOffset deadline, EscalationLevel level) => level switch
    {
        EscalationLevel.None => DateTimeOffset.MinValue,
        EscalationLevel.Reminder => deadline,
        EscalationLevel.FormalNotice => deadline + Days(FormalNoticeAfterDays),
        EscalationLevel.ContractEscalation => deadline + Days(FormalNoticeAfterDays + ContractEscalationAfterDays),
        EscalationLevel.SanctionsRecommended => deadline + Days(FormalNoticeAfterDays + ContractEscalationAfterDays + SanctionsAfterDays),
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The level a case with <paramref name="deadline"/> should have reached at <paramref name="now"/>.</summary>
    public EscalationLevel LevelDueAt(DateTimeOffset deadline, DateTimeOffset now)
    {
        var level = EscalationLevel.None;
        while (level < EscalationLevel.SanctionsRecommended && EscalationDueAt(deadline, level + 1) <= now)
        {
            level++;
        }

        return level;
    }

    /// <summary>When the next level after <paramref name="current"/> falls due; null at the top of the ladder.</summary>
    public DateTimeOffset? NextEscalationAt(DateTimeOffset deadline, EscalationLevel current) =>
        current >= EscalationLevel.SanctionsRecommended ? null : EscalationDueAt(deadline, current + 1);

    /// <summary>Problems with the configured values, for start-up validation; empty when all is well.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (DayLength <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:DayLength must be positive.");
        }

        foreach (var (name, days) in new[]
                 {
                     (nameof(Triage), Triage), (nameof(SupplierAcknowledgement), SupplierAcknowledgement),
                     (nameof(Investigation), Investigation), (nameof(RemediationPlan), RemediationPlan),
                     (nameof(Verification), Verification),
                 })
        {
            if (days.PriorityDays <= 0 || days.StandardDays <= 0)
            {
                problems.Add($"{SectionName}:{name} needs positive PriorityDays and StandardDays.");
            }
        }

        foreach (var (name, value) in new[]
                 {
                     (nameof(ReviewDays), ReviewDays), (nameof(DisputeRepaymentDays), DisputeRepaymentDays),
                     (nameof(FormalNoticeAfterDays), FormalNoticeAfterDays), (nameof(ContractEscalationAfterDays), ContractEscalationAfterDays),
                     (nameof(SanctionsAfterDays), SanctionsAfterDays), (nameof(LongPlanDays), LongPlanDays),
                 })
        {
            if (value <= 0)
            {
                problems.Add($"{SectionName}:{name} must be positive.");
            }
        }

        return problems;
    }
}
