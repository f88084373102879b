using System.Security.Cryptography;
using System.Text;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Timeline;
using Remediation.Domain.Validation;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Handling;
using Remediation.Workflows.Orchestration;
using Remediation.Workflows.Sending;

namespace Remediation.Workflows.Intake;

/// <summary>
/// Opens a case from a partner's submission and starts its orchestration. Idempotent end to end: the partner
/// reference is reserved first; ledger lines, timeline and notifications are written under the command id
/// <c>intake</c>; the case row is written last (so a case that can be read is complete); and the orchestration is
/// started only if it does not exist. Replaying the same body after a crash at any step finishes the job.
/// </summary>
public sealed class CaseIntake(
    IIntakeRegistry registry,
    IPartyStore parties,
    ICaseStore cases,
    ILedgerStore ledger,
    ITimelineStore timeline,
    INotificationOutbox outbox,
    IDurableClientSource durable,
    IOptions<DeadlinePolicy> policy,
    TimeProvider clock)
{
    public const string IntakeCommandId = "intake";

    public async Task<IntakeResult> OpenAsync(
        string partnerId, IntakeSubmission submission, ActedBy? by = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var now = clock.GetUtcNow();
        var validated = IntakeValidator.Validate(partnerId, submission, DateOnly.FromDateTime(now.UtcDateTime));
        if (!validated.IsValid)
        {
            return IntakeResult.Invalid(validated.Errors);
        }

        var newCase = validated.Value!;
        if (newCase.SupplierId is { } supplierId
            && await parties.GetAsync(PartyKind.Supplier, supplierId, cancellationToken).ConfigureAwait(false) is null)
        {
            return IntakeResult.Invalid([new FieldError(
                "$.supplierId",
                $"No supplier {supplierId} is registered; leave it out and the caseworker links the supplier at triage.")]);
        }

        var reservation = await registry.ReserveAsync(
            partnerId, newCase.PartnerReference, BodyHash(submission), NewCaseId(now), cancellationToken).ConfigureAwait(false);
        if (reservation.Status == IntakeReservationStatus.Conflict)
        {
            return new IntakeResult(IntakeOutcome.Conflict, reservation.CaseId, []);
        }

        var caseId = reservation.CaseId;
        var stored = await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            // A replay: if the first attempt stopped after saving the case, its indexes and report facts follow now.
            await cases.CatchUpAsync(stored.Value, cancellationToken).ConfigureAwait(false);
        }

        var @case = stored?.Value ?? await CreateAsync(caseId, newCase, now, by, cancellationToken).ConfigureAwait(false);
        await EnsureOrchestrationAsync(@case, cancellationToken).ConfigureAwait(false);
        return new IntakeResult(reservation.Status == IntakeReservationStatus.Reserved ? IntakeOutcome.Created : IntakeOutcome.Replayed, caseId, []);
    }

    /// <summary>Starts the case's orchestration from its stored state unless one is running (used by intake and repair).</summary>
    public async Task<bool> EnsureOrchestrationAsync(Case @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.IsClosed)
        {
            return false;
        }

        var instance = await durable.Client.GetInstanceAsync(@case.Id, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
        if (instance is
            { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
        {
            return false;
        }

        var input = new CaseOrchestrationInput(@case.Id, CaseSchedule.Of(@case, policy.Value));
        try
        {
            await durable.Client.ScheduleNewOrchestrationInstanceAsync(
                CaseOrchestrator.Name, input, new StartOrchestrationOptions(@case.Id) { Version = CaseOrchestrator.Version }, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A concurrent replay of the same intake started it a moment ago: that is what we wanted.
            var now = await durable.Client.GetInstanceAsync(@case.Id, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false);
            if (now is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending })
            {
                return false;
            }

            throw;
        }
    }

    private async Task<Case> CreateAsync(string caseId, NewCase newCase, DateTimeOffset now, ActedBy? by, CancellationToken cancellationToken)
    {
        var opened = Case.Open(caseId, newCase, now, policy.Value);
        var write = await ledger.AddLinesAsync(caseId, IntakeCommandId, newCase.Workers, cancellationToken).ConfigureAwait(false);
        if (write.IsRefused)
        {
            throw new InvalidOperationException($"The ledger of new case {caseId} refused its intake lines.");
        }

        var actor = Actor.Partner(newCase.PartnerId) with { By = by };
        await timeline.AppendAsync(
            caseId,
            IntakeCommandId,
            [.. opened.Events.Select(e => TimelineRecord.Of(now, actor, e.Kind, e.Description))],
            cancellationToken).ConfigureAwait(false);
        await outbox.AddAsync(
            $"{caseId}:{IntakeCommandId}",
            now,
            opened.Notifications,
            CaseSnapshot.Of(opened.Case, opened.Case.ResponsibleParty.Role),
            cancellationToken).ConfigureAwait(false);
        var @case = opened.Case.Remember(IntakeCommandId);
        var created = await cases.CreateAsync(@case, cancellationToken).ConfigureAwait(false);
        if (!created.IsConflict)
        {
            Telemetry.RemediationTelemetry.CaseOpened();
        }

        return created.IsConflict ? (await cases.GetAsync(caseId, cancellationToken).ConfigureAwait(false))!.Value : @case;
    }

    /// <summary>The submission's canonical JSON, hashed: the same body gives the same hash however it was formatted.</summary>
    private static string BodyHash(IntakeSubmission submission) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CommandJson.Serialize(submission))));

    /// <summary>Readable, sortable by day, unguessable: <c>C-20261126-3f9a1c2b7d</c>.</summary>
    private static string NewCaseId(DateTimeOffset now) => $"C-{now:yyyyMMdd}-{Guid.NewGuid():N}"[..21];
}
