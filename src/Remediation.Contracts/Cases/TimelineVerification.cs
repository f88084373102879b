namespace Remediation.Contracts.Cases;

/// <summary>The result of walking a case's timeline: its keyed hash chain, its head and its append-only checkpoints.</summary>
public sealed record TimelineVerification
{
    public required string CaseId { get; init; }

    public required bool Intact { get; init; }

    public required long EntriesChecked { get; init; }

    public long? FirstBrokenSequence { get; init; }

    public string? Problem { get; init; }

    /// <summary>
    /// The last entry an append-only checkpoint vouches for: up to it, not even a writer holding the server's key
    /// could have rewritten the timeline unnoticed. Entries after it (at most the newest few) are vouched for by
    /// their keyed hashes only.
    /// </summary>
    public long? CheckpointedThrough { get; init; }

    /// <summary>The last entry, when intact.</summary>
    public long? HeadSequence { get; init; }

    /// <summary>
    /// The last entry's hash, when intact: keyed (HMAC) by the service, so it cannot be recomputed outside, but a later
    /// verification reporting the same head shows nothing before it changed.
    /// </summary>
    public string? HeadHash { get; init; }
}
