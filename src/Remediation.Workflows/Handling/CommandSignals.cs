using System.Collections.Concurrent;

namespace Remediation.Workflows.Handling;

/// <summary>
/// Word, within one process, that a command was handled (applied or refused, and the case saved): a request waiting
/// for its outcome (<c>Prefer: wait</c>) answers at once instead of at its next look at the command log. Across
/// processes (the Functions app's instances) nothing is signalled and the waiter's polling finds the outcome.
/// </summary>
public sealed class CommandSignals
{
    private readonly ConcurrentDictionary<(string CaseId, string CommandId), TaskCompletionSource> waiting = new();

    /// <summary>A task that completes when the command is handled in this process; listen before reading its status.</summary>
    public Task Listen(string caseId, string commandId) =>
        waiting.GetOrAdd((caseId, commandId), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Forgets a listener that stopped waiting (its outcome came from elsewhere, or it gave up).</summary>
    public void Stop(string caseId, string commandId)
    {
        if (waiting.TryGetValue((caseId, commandId), out var signal) && !signal.Task.IsCompleted)
        {
            waiting.TryRemove(new KeyValuePair<(string, string), TaskCompletionSource>((caseId, commandId), signal));
        }
    }

    public void Handled(string caseId, string commandId)
    {
        if (waiting.TryRemove((caseId, commandId), out var signal))
        {
            signal.TrySetResult();
        }
    }
}
