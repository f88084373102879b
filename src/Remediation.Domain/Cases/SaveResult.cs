namespace Remediation.Domain.Cases;

/// <summary>
/// The result of a conditional write: saved at a new version, or a conflict because someone else wrote first.
/// A conflict is expected under concurrency: read again, reapply the command, save again.
/// </summary>
public sealed record SaveResult
{
    private SaveResult(string? version) => Version = version;

    public static SaveResult Conflict { get; } = new((string?)null);

    /// <summary>The new version; null on conflict.</summary>
    public string? Version { get; }

    public bool IsConflict => Version is null;

    public static SaveResult Saved(string version) => new(version);
}
