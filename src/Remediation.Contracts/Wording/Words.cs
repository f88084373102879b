using System.Globalization;
using System.Resources;
using Remediation.Contracts.Cases;

namespace Remediation.Contracts.Wording;

/// <summary>
/// The words people read for a case's stage, ladder level, outcome, who it waits for and its deadline: one source
/// (Words.resx; add Words.&lt;culture&gt;.resx to translate) for the web console, the e-mails and anything else
/// that shows a case to a person. The API itself keeps its code names.
/// </summary>
public static class Words
{
    private static readonly ResourceManager Texts = new("Remediation.Contracts.Wording.Words", typeof(Words).Assembly);

    public static string Of(Stage stage) => Text("Stage" + stage);

    public static string Of(WaitingFor waitingFor) => Text("WaitingFor" + waitingFor);

    public static string Of(CaseOutcome outcome) => Text("Outcome" + outcome);

    public static string Of(Priority priority) => Text("Priority" + priority);

    public static string Of(LedgerLineStatus status) => Text("Line" + status);

    /// <summary>0 on time; 1 reminder, 2 formal notice, 3 contract escalation, 4 sanctions recommended.</summary>
    public static string EscalationLevel(int level) =>
        level is >= 0 and <= 4 ? Text("Level" + level.ToString(CultureInfo.InvariantCulture)) : level.ToString(CultureInfo.InvariantCulture);

    /// <summary>A deadline from <paramref name="now"/>: "in 3 days", "due within a day", "5 days late" (whole days, rounded down).</summary>
    public static string Deadline(DateTimeOffset deadline, DateTimeOffset now)
    {
        var left = deadline - now;
        var days = (int)Math.Floor(Math.Abs(left.TotalDays));
        return (left > TimeSpan.Zero, days) switch
        {
            (true, 0) => Text("DueToday"),
            (true, 1) => Text("DueInOneDay"),
            (true, _) => Count("DueInDays", days),
            (false, 0) => Text("LateToday"),
            (false, 1) => Text("LateOneDay"),
            (false, _) => Count("LateDays", days),
        };
    }

    /// <summary>A day as the console shows it: "7 Dec 2026" (UTC).</summary>
    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment as the console shows it: "7 Dec 2026 12:15 UTC".</summary>
    public static string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The value of an HTML <c>time</c> element's <c>datetime</c> attribute.</summary>
    public static string MachineReadable(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    // The text differs by culture, so there is no one format to cache.
    private static string Count(string name, int count) =>
        Text(name).Replace("{0}", count.ToString(CultureInfo.CurrentCulture), StringComparison.Ordinal);

    private static string Text(string name) =>
        Texts.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Words.resx has no {name}.");
}
