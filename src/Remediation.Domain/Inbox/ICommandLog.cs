namespace Remediation.Domain.Inbox;

/// <summary>The status of every command by case and command id, for GET /cases/{caseId}/commands/{commandId}.</summary>
public interface ICommandLog
{
    /// <summary>
    /// Records a command as queued, unless it is already recorded (a resend never undoes an outcome); returns the
    /// record as it stands, the first one written. Every command stays recorded, so a command id is never reused.
    /// </summary>
    Task<CommandRecord> QueuedAsync(CommandRecord record, CancellationToken cancellationToken = default);

    /// <summary>Records the outcome; writing the same outcome again is harmless (a retried activity does).</summary>
    Task CompletedAsync(CommandRecord record, CancellationToken cancellationToken = default);

    Task<CommandRecord?> GetAsync(string caseId, string commandId, CancellationToken cancellationToken = default);
}
