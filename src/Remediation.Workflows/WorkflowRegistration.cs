using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Remediation.Domain.Deadlines;
using Remediation.Workflows.Commands.Acknowledge;
using Remediation.Workflows.Commands.AddWorkers;
using Remediation.Workflows.Commands.Close;
using Remediation.Workflows.Commands.DeadlineExtension;
using Remediation.Workflows.Commands.Escalate;
using Remediation.Workflows.Commands.Findings;
using Remediation.Workflows.Commands.FindingsDecision;
using Remediation.Workflows.Commands.Note;
using Remediation.Workflows.Commands.Payments;
using Remediation.Workflows.Commands.Plan;
using Remediation.Workflows.Commands.PlanDecision;
using Remediation.Workflows.Commands.Receipts;
using Remediation.Workflows.Commands.Retaliation;
using Remediation.Workflows.Commands.Triage;
using Remediation.Workflows.Handling;
using Remediation.Workflows.Intake;
using Remediation.Workflows.Orchestration;
using Remediation.Workflows.Sending;
using Remediation.Workflows.Sweep;

namespace Remediation.Workflows;

public static class WorkflowRegistration
{
    /// <summary>Every orchestrator of the product by name: the one list the SDK registry and the in-process engine read.</summary>
    public static IReadOnlyDictionary<string, Type> Orchestrators { get; } = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
    {
        [CaseOrchestrator.Name] = typeof(CaseOrchestrator),
    };

    /// <summary>Every activity of the product by name.</summary>
    public static IReadOnlyDictionary<string, Type> Activities { get; } = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
    {
        [ApplyCaseCommandActivity.Name] = typeof(ApplyCaseCommandActivity),
        [DrainInboxActivity.Name] = typeof(DrainInboxActivity),
    };

    /// <summary>Adds every orchestrator and activity of the product to an SDK registry (Functions app, test engines).</summary>
    public static DurableTaskRegistry AddRemediationWorkflows(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var orchestrator in Orchestrators.Values)
        {
            registry.AddOrchestrator(orchestrator);
        }

        foreach (var activity in Activities.Values)
        {
            registry.AddActivity(activity);
        }

        return registry;
    }

    /// <summary>
    /// The services the activities and senders need: command handlers, the processor, intake and sender. The
    /// stores come from the storage registration, the <see cref="Microsoft.DurableTask.Client.DurableTaskClient"/>
    /// from the host.
    /// </summary>
    public static IServiceCollection AddRemediationWorkflowServices(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DeadlinePolicy>();
        services.AddOptions<VerificationPolicy>();
        services.AddOptions<Domain.Confirmations.SamplePolicy>();
        services.AddSingleton<Verification.VerificationSamples>();
        foreach (var handler in new[]
                 {
                     typeof(TriageHandler), typeof(AcknowledgeHandler), typeof(FindingsHandler), typeof(FindingsDecisionHandler),
                     typeof(PlanHandler), typeof(PlanDecisionHandler), typeof(PaymentsHandler), typeof(ReceiptsHandler),
                     typeof(RetaliationHandler), typeof(DeadlineExtensionHandler), typeof(CloseHandler), typeof(NoteHandler),
                     typeof(AddWorkersHandler), typeof(EscalateHandler),
                 })
        {
            services.AddSingleton(typeof(ICaseCommandHandler), handler);
        }

        services.AddSingleton<CommandProcessor>();
        services.AddSingleton<CommandSignals>();
        services.AddSingleton<InboxDrain>();
        services.AddSingleton<RequestDrains>();
        services.AddSingleton<Sending.CallerDrain>();
        services.AddHostedService(sp => sp.GetRequiredService<RequestDrains>());
        services.TryAddSingleton<IDurableClientSource>(sp =>
            new RegisteredDurableClient(sp.GetRequiredService<Microsoft.DurableTask.Client.DurableTaskClient>()));
        services.AddSingleton<CaseIntake>();
        services.AddSingleton<EscalationSweep>();
        services.AddSingleton<ReportFactsRepair>();
        services.AddSingleton<History.HistoryPurge>();
        services.AddOptions<History.HistoryRetention>();
        services.AddSingleton<CaseCommandSender>();
        return services;
    }
}
