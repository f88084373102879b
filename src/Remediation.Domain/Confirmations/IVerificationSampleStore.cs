namespace Remediation.Domain.Confirmations;

/// <summary>
/// Each case's verification sample, drawn once. Kept with the ledger (it lists worker references, which live nowhere
/// else): read by caseworkers and the case's partner, and by the supplier only once the case is closed.
/// </summary>
public interface IVerificationSampleStore
{
    Task<DrawnSample?> GetAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="sample"/> unless the case already has one; returns the one stored (a retried draw keeps the first).</summary>
    Task<DrawnSample> AddAsync(DrawnSample sample, CancellationToken cancellationToken = default);
}
