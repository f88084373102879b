namespace Remediation.Domain.Paging;

/// <summary>Which page to read: a size and the token a previous page returned.</summary>
public sealed record PageRequest(int Size, string? ContinuationToken)
{
    public const int MaxSize = 1000;
    public const int DefaultSize = 100;

    public static readonly PageRequest First = new(DefaultSize, null);

    public int ClampedSize => Math.Clamp(Size, 1, MaxSize);
}
