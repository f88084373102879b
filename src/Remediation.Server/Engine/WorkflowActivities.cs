using DurableTask.Core;
using Microsoft.DurableTask.Worker.Shims;
using Remediation.Workflows;

namespace Remediation.Server.Engine;

/// <summary>The activities, created per call from dependency injection (see <see cref="WorkflowOrchestrations"/>).</summary>
public sealed class WorkflowActivities(IServiceProvider services, DurableTaskShimFactory shims) : INameVersionObjectManager<TaskActivity>
{
    public void Add(ObjectCreator<TaskActivity> creator) =>
        throw new NotSupportedException("The product's activities come from WorkflowRegistration.");

    public TaskActivity? GetObject(string name, string? version) =>
        WorkflowRegistration.Activities.TryGetValue(name, out var type)
            ? shims.CreateActivity(name, (Microsoft.DurableTask.ITaskActivity)ActivatorUtilities.CreateInstance(services, type))
            : null;
}
