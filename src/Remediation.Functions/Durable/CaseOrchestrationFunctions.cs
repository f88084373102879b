using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Handling;
using Remediation.Workflows.Orchestration;

namespace Remediation.Functions.Durable;

/// <summary>The case orchestration and its activities as functions, delegating to the host-agnostic classes.</summary>
public sealed class CaseOrchestrationFunctions(CommandProcessor processor, InboxDrain drain)
{
    [Function(CaseOrchestrator.Name)]
    public static Task<string> RunOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new CaseOrchestrator().RunAsync(context, context.GetInput<CaseOrchestrationInput>()!);
    }

    [Function(ApplyCaseCommandActivity.Name)]
    public Task<CommandOutcome> ApplyCaseCommand([ActivityTrigger] CommandEnvelope envelope) => processor.ApplyAsync(envelope);

    [Function(DrainInboxActivity.Name)]
    public Task<InboxOutcome> DrainInbox([ActivityTrigger] string caseId) => drain.DrainAsync(caseId);
}
