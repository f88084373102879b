namespace Remediation.Domain.Intake;

/// <summary>
/// Makes intake idempotent: a partner reference is reserved with an insert-if-absent, together with the hash of
/// the body that reserved it.
/// </summary>
public interface IIntakeRegistry
{
    Task<IntakeReservation> ReserveAsync(
        string partnerId, string partnerReference, string bodyHash, string proposedCaseId, CancellationToken cancellationToken = default);
}
