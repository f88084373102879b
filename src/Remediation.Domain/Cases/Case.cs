using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Plans;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Cases;

/// <summary>
/// A grievance from a partner's report to every worker's confirmed reimbursement. Immutable: each command returns
/// a <see cref="Transition"/> with the case after it. Ledger lines live beside it (one per worker); the case sees
/// them only through a <see cref="Ledger.LedgerSummary"/>.
/// </summary>
public sealed partial record Case
{
    public required string Id { get; init; }

    public required string PartnerId { get; init; }

    /// <summary>The partner's own reference; unique per partner, it makes intake idempotent.</summary>
    public required string PartnerReference { get; init; }

    public string? SupplierId { get; init; }

    /// <summary>When a caseworker accepted the grievance at triage (and linked the supplier); null before, and for rejected cases.</summary>
    public DateTimeOffset? AcceptedAt { get; init; }

    public IReadOnlyList<string> Contracts { get; init; } = [];

    public required Factory Factory { get; init; }

    public required string Summary { get; init; }

    /// <summary>ILO forced-labour indicators the partner found.</summary>
    public IReadOnlyList<string> Indicators { get; init; } = [];

    public Priority Priority { get; init; }

    public Stage Stage { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public string? ClosingReason { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset StageEnteredAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When the current stage's step is due; null once closed.</summary>
    public DateTimeOffset? Deadline { get; init; }

    public EscalationLevel EscalationLevel { get; init; }

    public Ledger.RepaymentBasis? Basis { get; init; }

    public string? RootCause { get; init; }

    /// <summary>The supplier submitted findings and a caseworker has not decided on them yet.</summary>
    public bool FindingsAwaitingDecision { get; init; }

    public int FindingsReturnedCount { get; init; }

    public RepaymentPlan? Plan { get; init; }

    public bool PlanAwaitingDecision { get; init; }

    public DateTimeOffset? PlanApprovedAt { get; init; }

    /// <summary>The caseworker's reason for accepting a plan longer than the policy's limit.</summary>
    public string? PlanJustification { get; init; }

    public DateTimeOffset? FirstPaymentAt { get; init; }

    public bool RetaliationReported { get; init; }

    /// <summary>Written by the store: 1 when created, one more at every save. Reports apply a case's latest revision once.</summary>
    public long Revision { get; init; }

    /// <summary>How long the case stayed in each stage it left, oldest first (at most <see cref="MaxStays"/>).</summary>
    public IReadOnlyList<StageStay> Stays { get; init; } = [];

    public const int MaxStays = 64;

    /// <summary>Supplier lateness that ended: each deadline of the supplier's that passed before it acted (see SupplierRecordKeeping).</summary>
    public TimeSpan SupplierLateness { get; init; }

    /// <summary>The highest escalation level a deadline of the supplier's reached (the caseworker's and partner's are not counted).</summary>
    public EscalationLevel HighestSupplierLevel { get; init; }

    /// <summary>Escalation levels climbed while the supplier was the one late.</summary>
    public int SupplierEscalations { get; init; }

    /// <summary>
    /// Ids of the latest commands applied (or refused), saved with the case itself, so that a command delivered
    /// twice is recognised and applied once.
    /// </summary>
    public IReadOnlyList<string> RecentCommandIds { get; init; } = [];

    public const int RecentCommandLimit = 200;

    public bool HasSeen(string commandId) => RecentCommandIds.Contains(commandId);

    /// <summary>The case remembering that <paramref name="commandId"/> was handled; older ids fall off beyond the limit.</summary>
    public Case Remember(string commandId) =>
        HasSeen(commandId) ? this : this with { RecentCommandIds = [.. RecentCommandIds.TakeLast(RecentCommandLimit - 1), commandId] };

    public bool IsClosed => Stage == Stage.Closed;

    /// <summary>
    /// Need-to-know, the one rule every read, list, notification and index entry follows: the supplier learns of
    /// a case only once a caseworker accepted it at triage and linked that supplier. Acceptance is the recorded
    /// <see cref="AcceptedAt"/>, never derived from the stage: a case closed (withdrawn, unremediated) while still in
    /// Triage was never disclosed, and never will be. Before that, the worker references would tell the employer who
    /// complained.
    /// </summary>
    public bool IsDisclosedToSupplier => AcceptedAt is not null && SupplierId is not null;

    /// <summary>True for the case's own partner, and for its supplier once the case is disclosed to it.</summary>
    public bool IsParty(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return IsParty(actor.Role, actor.PartyId);
    }

    /// <summary>Caseworkers, admins and the clock see every case; partners their own; suppliers theirs once disclosed.</summary>
    public bool IsVisibleTo(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role is Role.Caseworker or Role.Admin or Role.System || IsParty(actor);
    }

    /// <summary>Whether a notification may be sent at all: one for a party the case is not disclosed to is dropped.</summary>
    public bool MayNotify(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.RecipientRole is not (Role.Partner or Role.Supplier)
            || IsParty(notification.RecipientRole, notification.RecipientPartyId);
    }

    private bool IsParty(Role role, string? partyId) => role switch
    {
        Role.Partner => partyId == PartnerId,
        Role.Supplier => IsDisclosedToSupplier && partyId == SupplierId,
        _ => false,
    };

    /// <summary>Who has to act now, and so who is late when the deadline passes.</summary>
    public (Role Role, string? PartyId) ResponsibleParty => Stage switch
    {
        Stage.Triage => (Role.Caseworker, null),
        Stage.Investigation when FindingsAwaitingDecision => (Role.Caseworker, null),
        Stage.RemediationPlan when PlanAwaitingDecision => (Role.Caseworker, null),
        Stage.SupplierAcknowledgement or Stage.Investigation or Stage.RemediationPlan or Stage.Reimbursement => (Role.Supplier, SupplierId),
        Stage.Verification => (Role.Partner, PartnerId),
        _ => (Role.Caseworker, null),
    };

    /// <summary>
    /// Who has to act now, knowing the ledger: once every worker who was owed money has confirmed receipt, it is the
    /// caseworker's turn to close the case, not the partner's.
    /// </summary>
    public (Role Role, string? PartyId) WaitingFor(Ledger.LedgerSummary ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return Stage == Stage.Verification && ledger.WorkersOwed > 0 && ledger.Count(Ledger.LedgerLineStatus.Verified) == ledger.WorkersOwed
            ? (Role.Caseworker, null)
            : ResponsibleParty;
    }

    /// <summary>True when the deadline has passed and the ladder has not caught up with it.</summary>
    public bool IsOverdue(DateTimeOffset now) => Deadline is { } deadline && deadline <= now;

    private Transition Refuse(Refusal refusal) => Transition.Refused(this, refusal);

    private Notification Notify(
        Role role, string? partyId, NotificationKind kind, string message, EscalationLevel level = EscalationLevel.None) =>
        new(role, partyId, kind, Id, message, level);

    private Notification NotifyCaseworkers(NotificationKind kind, string message) => Notify(Role.Caseworker, null, kind, message);

    /// <summary>Moves to <paramref name="stage"/> with a fresh deadline and escalation level 0, and tells whoever must act next.</summary>
    private (Case Case, CaseEvent Event, Notification Notification) EnterStage(
        Stage stage, DateTimeOffset now, DeadlinePolicy policy, DateTimeOffset? deadline = null, NotificationKind? kind = null)
    {
        var next = this with
        {
            Stage = stage,
            StageEnteredAt = now,
            Stays = [.. Stays.TakeLast(MaxStays - 1), new StageStay(Stage, now - StageEnteredAt)],
            UpdatedAt = now,
            Deadline = stage == Stage.Closed ? null : deadline ?? policy.StageDeadlineFrom(stage, Priority, now),
            EscalationLevel = EscalationLevel.None,
        };
        var (role, party) = next.ResponsibleParty;
        var due = next.Deadline is { } d ? $" by {d:u}" : string.Empty;
        return (next,
            new CaseEvent(CaseEventKinds.StageChanged, StageHistory.Describe(Stage, stage, next.Deadline)),
            Notify(
                role,
                party,
                kind ?? (stage == Stage.Verification ? NotificationKind.VerificationNeeded : NotificationKind.StageChanged),
                $"Case {Id} is in {stage}; your step is due{due}."));
    }
}
