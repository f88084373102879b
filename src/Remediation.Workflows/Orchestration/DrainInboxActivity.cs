using Microsoft.DurableTask;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Orchestration;

/// <summary>Applies the commands waiting in a case's inbox (input: the case id).</summary>
[DurableTask(Name)]
public sealed class DrainInboxActivity(InboxDrain drain) : TaskActivity<string, InboxOutcome>
{
    public const string Name = nameof(DrainInboxActivity);

    public override Task<InboxOutcome> RunAsync(TaskActivityContext context, string input) => drain.DrainQueuedAsync(input);
}
