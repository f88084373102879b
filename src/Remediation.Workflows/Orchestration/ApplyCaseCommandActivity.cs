using Microsoft.DurableTask;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Orchestration;

/// <summary>The one activity: applies a command (or the clock's escalation) to the case, exactly once.</summary>
[DurableTask(Name)]
public sealed class ApplyCaseCommandActivity(CommandProcessor processor) : TaskActivity<CommandEnvelope, CommandOutcome>
{
    public const string Name = nameof(ApplyCaseCommandActivity);

    public override Task<CommandOutcome> RunAsync(TaskActivityContext context, CommandEnvelope input) => processor.ApplyAsync(input);
}
