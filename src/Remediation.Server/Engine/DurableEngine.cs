using Remediation.Storage.Development;
using System.Net;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;

namespace Remediation.Server.Engine;

/// <summary>
/// The Durable Task engine of the standalone server: the gRPC sidecar (<see cref="TaskHubGrpcServer"/>) over the
/// Azure Storage backend, on a loopback HTTP/2 port, in a host of its own so that it stops after the worker.
/// Tuned for one machine: polling at most every second (timers fire within about a second) and work items that a
/// crash leaves behind are retried after <see cref="EngineOptions.WorkItemVisibilityTimeout"/>.
/// </summary>
public sealed class DurableEngine : IAsyncDisposable
{
    private readonly WebApplication sidecar;
    private readonly AzureStorageOrchestrationService service;

    private DurableEngine(WebApplication sidecar, AzureStorageOrchestrationService service, string address)
    {
        this.sidecar = sidecar;
        this.service = service;
        Address = address;
    }

    public string Address { get; }

    public static async Task<DurableEngine> StartAsync(string connectionString, string taskHub, EngineOptions options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = taskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            PartitionCount = options.PartitionCount,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            WorkItemQueueVisibilityTimeout = options.WorkItemVisibilityTimeout,
            ControlQueueVisibilityTimeout = options.WorkItemVisibilityTimeout,
            WorkerId = string.IsNullOrEmpty(options.WorkerId) ? $"{Environment.MachineName}-{taskHub}" : options.WorkerId,
            LoggerFactory = loggerFactory,
        };
        var service = new AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync().ConfigureAwait(false);

        var port = options.Port > 0 ? options.Port : LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<IOrchestrationService>(service);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();
        await app.StartAsync().ConfigureAwait(false);
        return new DurableEngine(app, service, $"http://127.0.0.1:{port}");
    }

    /// <summary>Stops the sidecar, then lets the backend release its partition leases so a restart takes them at once.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await sidecar.StopAsync().ConfigureAwait(false);
            await service.StopAsync(isForced: false).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            await sidecar.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or NullReferenceException or OperationCanceledException or InvalidOperationException or Azure.RequestFailedException or IOException)
        {
            // Storage may be gone already (stopped with us) or slow: the backend's leases then expire by themselves,
            // and another server, or this one restarted, takes the work over. Not a crash.
            await Console.Error.WriteLineAsync($"The durable engine did not stop cleanly ({e.GetType().Name}); its leases expire by themselves.").ConfigureAwait(false);
        }
    }
}
