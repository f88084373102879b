using DurableTask.Core;
using Microsoft.DurableTask.Worker.Shims;
using Remediation.Workflows;

namespace Remediation.Server.Engine;

/// <summary>
/// Hands DurableTask.Core's dispatchers the product's orchestrators, each created per execution from dependency
/// injection and wrapped by the SDK's <see cref="DurableTaskShimFactory"/>: the path the Functions isolated worker
/// takes, without its gRPC hop.
/// </summary>
public sealed class WorkflowOrchestrations(IServiceProvider services, DurableTaskShimFactory shims) : INameVersionObjectManager<TaskOrchestration>
{
    public void Add(ObjectCreator<TaskOrchestration> creator) =>
        throw new NotSupportedException("The product's orchestrators come from WorkflowRegistration.");

    public TaskOrchestration? GetObject(string name, string? version) =>
        WorkflowRegistration.Orchestrators.TryGetValue(name, out var type)
            ? shims.CreateOrchestration(name, (Microsoft.DurableTask.ITaskOrchestrator)ActivatorUtilities.CreateInstance(services, type))
            : null;
}
