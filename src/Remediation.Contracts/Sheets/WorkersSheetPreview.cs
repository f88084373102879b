using Remediation.Contracts.Cases;

namespace Remediation.Contracts.Sheets;

/// <summary>
/// POST /sheets/workers: a workers spreadsheet read as the API reads it, without storing anything, so that a form
/// can show its first rows and every problem before the grievance (or the batch) is sent.
/// </summary>
public sealed record WorkersSheetPreview
{
    /// <summary>Data rows read (one per fee).</summary>
    public required int Rows { get; init; }

    /// <summary>The workers, ready to send as CreateCaseRequest.workers or AddWorkersRequest.workers.</summary>
    public required IReadOnlyList<WorkerRequest> Workers { get; init; }
}
