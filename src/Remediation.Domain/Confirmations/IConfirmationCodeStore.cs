namespace Remediation.Domain.Confirmations;

/// <summary>
/// Confirmation codes by their keyed hash, and per case and worker the one code that counts (a new batch replaces a
/// worker's older code). Kept with the ledger: it maps codes to worker references.
/// </summary>
public interface IConfirmationCodeStore
{
    /// <summary>Stores the codes of a batch; each worker's earlier code stops working.</summary>
    Task IssueAsync(IReadOnlyList<IssuedCode> codes, CancellationToken cancellationToken = default);

    /// <summary>The code with this hash if it is still its worker's current code; null otherwise.</summary>
    Task<IssuedCode?> FindAsync(string codeHash, CancellationToken cancellationToken = default);

    /// <summary>Claims the code's one answer (false if it was already claimed): done before the answer is sent.</summary>
    Task<bool> MarkAnsweredAsync(IssuedCode code, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Gives the claim back when the answer was refused, so that the worker may answer again.</summary>
    Task ReleaseAnsweredAsync(IssuedCode code, CancellationToken cancellationToken = default);

    /// <summary>Records that the code reported pressure (once: false if it already did).</summary>
    Task<bool> MarkPressureReportedAsync(IssuedCode code, DateTimeOffset at, CancellationToken cancellationToken = default);
}
