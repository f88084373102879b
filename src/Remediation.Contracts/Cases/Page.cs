namespace Remediation.Contracts.Cases;

/// <summary>A page of a list; pass <see cref="ContinuationToken"/> back unchanged for the next page (absent on the last one).</summary>
public sealed record Page<T>
{
    public required IReadOnlyList<T> Items { get; init; }

    public string? ContinuationToken { get; init; }
}
