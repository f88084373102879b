namespace Remediation.Domain.Paging;

/// <summary>One page of a list and the opaque token for the next page (null on the last page).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, string? ContinuationToken);
