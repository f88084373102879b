using System.Globalization;
using System.Text.RegularExpressions;
using Remediation.Domain.Timeline;

namespace Remediation.Domain.Cases;

/// <summary>
/// How long a case stayed in each stage, read back from its timeline: the stage-change entries this class also
/// words (so the wording and its reading cannot drift apart). A stage entered again (findings returned, a disputed
/// receipt) counts each stay.
/// </summary>
public static partial class StageHistory
{
    public static string Describe(Stage from, Stage to, DateTimeOffset? deadline) =>
        string.Create(CultureInfo.InvariantCulture, $"Stage {from} -> {to}{(deadline is null ? string.Empty : $", deadline {deadline:u}")}.");

    /// <summary>Completed stays only (the stage a case is in now is still running); Triage starts at <paramref name="openedAt"/>.</summary>
    public static IReadOnlyList<(Stage Stage, TimeSpan Duration)> Stays(DateTimeOffset openedAt, IEnumerable<TimelineEntry> timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var stays = new List<(Stage, TimeSpan)>();
        var (current, since) = (Stage.Triage, openedAt);
        foreach (var entry in timeline.Where(e => e.Kind == CaseEventKinds.StageChanged).OrderBy(e => e.Sequence))
        {
            var match = Change().Match(entry.Description);
            if (!match.Success
                || !Enum.TryParse<Stage>(match.Groups["from"].Value, out var from)
                || !Enum.TryParse<Stage>(match.Groups["to"].Value, out var to))
            {
                continue;
            }

            if (from == current)
            {
                stays.Add((from, entry.At - since));
            }

            (current, since) = (to, entry.At);
        }

        return stays;
    }

    [GeneratedRegex(@"^Stage (?<from>[A-Za-z]+) -> (?<to>[A-Za-z]+)[,.]", RegexOptions.CultureInvariant)]
    private static partial Regex Change();
}
