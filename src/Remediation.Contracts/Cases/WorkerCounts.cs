namespace Remediation.Contracts.Cases;

public sealed record WorkerCounts
{
    public required int Total { get; init; }

    /// <summary>Workers with money confirmed and not yet verified as received.</summary>
    public required int Owed { get; init; }

    /// <summary>Workers per ledger status (AwaitingFindings, Owed, PartiallyPaid, Paid, Verified, Disputed, NothingOwed).</summary>
    public required IReadOnlyDictionary<string, int> ByStatus { get; init; }
}
