using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.Extensions.Options;

namespace Remediation.Server.Engine;

/// <summary>
/// The standalone server's durable engine: DurableTask.Core's <see cref="TaskHubWorker"/> in this process, over the
/// Azure Storage backend, running the product's orchestrators and activities through the SDK's shims
/// (<see cref="WorkflowOrchestrations"/>, <see cref="WorkflowActivities"/>). It starts before the web server and
/// stops before it, so that a stop releases the partition leases while storage is still there.
/// </summary>
public sealed partial class DurableEngine(
    AzureStorageOrchestrationService service,
    WorkflowOrchestrations orchestrations,
    WorkflowActivities activities,
    IOptions<EngineOptions> options,
    ILoggerFactory loggerFactory) : IHostedLifecycleService, IDisposable
{
    private readonly TaskHubWorker worker = new(service, orchestrations, activities, loggerFactory)
    {
        // The SDK's orchestrators read failures as failure details (what the Functions worker sets too).
        ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
    };

    private bool started;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        await worker.StartAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        started = true;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Stops taking work, lets what runs finish, and releases the leases so a restart takes them at once.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (!started)
        {
            return;
        }

        started = false;
        try
        {
            await worker.StopAsync(isForced: false).WaitAsync(options.Value.StopTimeout, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException
            or NullReferenceException
            or OperationCanceledException
            or InvalidOperationException
            or Azure.RequestFailedException
            or IOException)
        {
            // Storage went away first, or is slow: the leases then expire by themselves and another server, or this
            // one restarted, takes the work over. Nothing is lost; one line, not a stack trace.
            await Console.Error.WriteLineAsync(
                $"The durable engine did not stop cleanly ({e.GetType().Name}); its leases expire by themselves.").ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => worker.Dispose();
}
