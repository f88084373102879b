using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Intake;

namespace Remediation.Storage.Intake;

/// <summary>Partner references in the intakes table (partition = partner, row = reference), reserved insert-if-absent.</summary>
public sealed class TableIntakeRegistry(RemediationTables tables) : IIntakeRegistry
{
    public async Task<IntakeReservation> ReserveAsync(
        string partnerId, string partnerReference, string bodyHash, string proposedCaseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(partnerId);
        ArgumentException.ThrowIfNullOrEmpty(partnerReference);
        ArgumentException.ThrowIfNullOrEmpty(bodyHash);
        ArgumentException.ThrowIfNullOrEmpty(proposedCaseId);
        try
        {
            await tables.Intakes.AddEntityAsync(
                new TableEntity(partnerId, partnerReference) { ["CaseId"] = proposedCaseId, ["BodyHash"] = bodyHash },
                cancellationToken).ConfigureAwait(false);
            return new IntakeReservation(IntakeReservationStatus.Reserved, proposedCaseId);
        }
        catch (RequestFailedException e) when (e.Status == StorageStatus.Conflict)
        {
            var existing = await tables.Intakes.GetEntityAsync<TableEntity>(partnerId, partnerReference, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            var caseId = existing.Value.GetString("CaseId");
            return existing.Value.GetString("BodyHash") == bodyHash
                ? new IntakeReservation(IntakeReservationStatus.Replay, caseId)
                : new IntakeReservation(IntakeReservationStatus.Conflict, caseId);
        }
    }
}
