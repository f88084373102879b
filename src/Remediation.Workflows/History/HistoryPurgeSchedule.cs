namespace Remediation.Workflows.History;

/// <summary>The setting both hosts read for when the purge runs (NCRONTAB with seconds).</summary>
public static class HistoryPurgeSchedule
{
    public const string Setting = "REMEDIATION_HISTORY_PURGE_SCHEDULE";

    public const string Default = "0 30 5 * * *";
}
