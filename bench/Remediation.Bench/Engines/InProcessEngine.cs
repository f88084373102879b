using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging.Abstractions;
using Remediation.Server.Engine;

namespace Remediation.Bench.Engines;

/// <summary>The server's wiring: TaskHubWorker in this process, the SDK's shims, <see cref="EngineClient"/>.</summary>
internal static class InProcessEngine
{
    public static async Task<T> RunAsync<T>(AzureStorageOrchestrationServiceSettings settings, Func<DurableTaskClient, Task<T>> measure)
    {
        var service = new AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync();
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions(), NullLoggerFactory.Instance);
        using var worker = new TaskHubWorker(
            service,
            new Objects<TaskOrchestration>(() => shims.CreateOrchestration(OrchestrationBaseline.Name, FuncOrchestrator())),
            new Objects<TaskActivity>(() => shims.CreateActivity<int, int>(OrchestrationBaseline.Step, (_, n) => Task.FromResult(n + 1))),
            NullLoggerFactory.Instance) { ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails };
        await worker.StartAsync();
        try
        {
            return await measure(new EngineClient(service, JsonDataConverter.Default));
        }
        finally
        {
            await worker.StopAsync(isForced: false);
        }
    }

    private static ITaskOrchestrator FuncOrchestrator() => new ThreeSteps();

    private sealed class ThreeSteps : TaskOrchestrator<int, int>
    {
        public override Task<int> RunAsync(TaskOrchestrationContext context, int input) => OrchestrationBaseline.ThreeStepsAsync(context, input);
    }

    private sealed class Objects<T>(Func<T> create) : INameVersionObjectManager<T>
    {
        public void Add(ObjectCreator<T> creator) => throw new NotSupportedException();

        public T GetObject(string name, string? version) => create();
    }
}
