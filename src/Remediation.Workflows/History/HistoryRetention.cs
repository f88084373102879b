namespace Remediation.Workflows.History;

/// <summary>
/// How long a finished orchestration's engine history is kept (section <c>Remediation:History</c>). The case's own
/// timeline is the record; the engine's history only helps diagnose a run, so it goes after <see cref="Retention"/>.
/// </summary>
public sealed class HistoryRetention
{
    public const string SectionName = "Remediation:History";

    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    public IEnumerable<string> Problems()
    {
        if (Retention <= TimeSpan.Zero)
        {
            yield return $"{SectionName}:Retention must be more than zero, for example 30.00:00:00 (got {Retention}).";
        }
    }
}
