using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;

namespace Remediation.Domain.Cases;

public sealed partial record Case
{
    public const int MaxReasonLength = 2000;
    public const int MaxContracts = 20;

    /// <summary>The caseworker accepts the case: links the supplier and contracts and sets the priority.</summary>
    public Transition AcceptTriage(
        Actor actor, string? supplierId, IReadOnlyList<string> contracts, Priority priority, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(policy);
        if (CommandRules.Check(this, CaseCommand.Triage, actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        var supplier = string.IsNullOrWhiteSpace(supplierId) ? SupplierId : supplierId;
        if (string.IsNullOrWhiteSpace(supplier))
        {
            return Refuse(Refusal.Invalid("Accepting a case needs the supplier it is against (supplierId)."));
        }

        if (contracts.Count > MaxContracts || contracts.Any(string.IsNullOrWhiteSpace))
        {
            return Refuse(Refusal.Invalid($"Give at most {MaxContracts} contract references, none of them empty."));
        }

        var accepted = this with { SupplierId = supplier, Contracts = contracts, Priority = priority, AcceptedAt = now };
        var (next, stageEvent, notification) = accepted.EnterStage(Stage.SupplierAcknowledgement, now, policy);
        return new Transition(
            next,
            [
                new CaseEvent(
                    CaseEventKinds.TriageAccepted,
                    $"Accepted at triage: supplier {supplier}, {priority.ToWire()} priority, {contracts.Count} contracts."),
                stageEvent,
            ],
            [notification],
            null);
    }

    /// <summary>The caseworker rejects the case at triage; it closes as Rejected with the reason.</summary>
    public Transition RejectTriage(Actor actor, string? reason, DateTimeOffset now, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (CommandRules.Check(this, CaseCommand.Triage, actor) is { } refusal)
        {
            return Refuse(refusal);
        }

        if (CheckReason(reason, "Rejecting a case") is { } invalid)
        {
            return Refuse(invalid);
        }

        var (closed, stageEvent, _) = (this with { Outcome = CaseOutcome.Rejected, ClosingReason = reason, ClosedAt = now })
            .EnterStage(Stage.Closed, now, policy);
        return new Transition(
            closed,
            [new CaseEvent(CaseEventKinds.TriageRejected, $"Rejected at triage: {reason}"), stageEvent],
            [
                Notify(
                    Role.Partner,
                    PartnerId,
                    NotificationKind.CaseClosed,
                    $"Case {Id} was rejected at triage; the reason is on the case's timeline."),
            ],
            null);
    }

    private static Refusal? CheckReason(string? reason, string what) =>
        string.IsNullOrWhiteSpace(reason)
            ? Refusal.Invalid($"{what} needs a reason.", [new Validation.FieldError("$.reason", $"{what} needs a reason.")])
        : reason.Length > MaxReasonLength
            ? Refusal.Invalid(
                $"A reason has at most {MaxReasonLength} characters.",
                [new Validation.FieldError("$.reason", $"At most {MaxReasonLength} characters.")])
        : CheckFreeText(reason);

    /// <summary>Free text never carries workers' personal data: names are not detectable, but contact and document numbers are.</summary>
    private static Refusal? CheckFreeText(string? text) => Privacy.PersonalDataGuard.Explain(text) is { } problem ? Refusal.Invalid(problem) : null;
}
