namespace Remediation.Domain.Timeline;

/// <summary>
/// The head of a case's timeline as it was written (sequence and hash), kept in append-only storage apart from the
/// timeline itself: a chain rewritten later, however well, no longer passes through it.
/// </summary>
public sealed record TimelineCheckpoint(long Sequence, string Hash);
