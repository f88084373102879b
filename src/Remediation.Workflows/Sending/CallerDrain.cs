using Microsoft.Extensions.Logging;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Sending;

/// <summary>
/// Applies a case's inbox for a caller who waits for its command (the API's <c>Prefer: wait</c>, a worker's answer),
/// rather than wait for the engine to get to it, and wakes the engine only if the clock needs it or this drain failed
/// (the engine's drain then applies the command). Tracked by <see cref="RequestDrains"/>, so a host that stops waits
/// for it.
/// </summary>
public sealed partial class CallerDrain(InboxDrain drain, CaseCommandSender sender, RequestDrains requestDrains, ILogger<CallerDrain> logger)
{
    public Task Start(string caseId, string commandId) => requestDrains.Track(RunAsync(caseId, commandId));

    private async Task RunAsync(string caseId, string commandId)
    {
        try
        {
            if (!(await drain.DrainAsync(caseId, CancellationToken.None).ConfigureAwait(false)).NeedsEngine)
            {
                return;
            }
        }
#pragma warning disable CA1031 // Whatever went wrong here, the engine's drain applies the command; nothing here may fail the request.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        try
        {
            await sender.WakeAsync(caseId, commandId, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The caller has its answer; a case not woken now is woken by its timer or its next command.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            LogWakeFailed(logger, caseId, failure.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: its orchestration could not be woken after a command ({Failure})")]
    private static partial void LogWakeFailed(ILogger logger, string caseId, string failure);
}
