using Remediation.Contracts.Commands;

namespace Remediation.Contracts.Sheets;

/// <summary>POST /sheets/findings: a findings spreadsheet read as the API reads it, without storing anything.</summary>
public sealed record FindingsSheetPreview
{
    /// <summary>Data rows read (one per confirmed fee).</summary>
    public required int Rows { get; init; }

    /// <summary>The workers' confirmed fees, ready to send as FindingsRequest.workers.</summary>
    public required IReadOnlyList<WorkerFindings> Workers { get; init; }
}
