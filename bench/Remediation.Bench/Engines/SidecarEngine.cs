using System.Net;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Remediation.Development;

namespace Remediation.Bench.Engines;

/// <summary>
/// The standalone server's first wiring, kept here for the record only: the InProcessTestHost gRPC sidecar over the
/// same backend, with the SDK's gRPC worker and client (it loses events raised during continue-as-new; issue 13).
/// </summary>
internal static class SidecarEngine
{
    public static async Task<T> RunAsync<T>(AzureStorageOrchestrationServiceSettings settings, Func<DurableTaskClient, Task<T>> measure)
    {
        var service = new AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync();
        var port = LoopbackPort.Free();
        var sidecarBuilder = WebApplication.CreateSlimBuilder();
        sidecarBuilder.Logging.ClearProviders();
        sidecarBuilder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2));
        sidecarBuilder.Services.AddGrpc();
        sidecarBuilder.Services.AddSingleton<IOrchestrationService>(service);
        sidecarBuilder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        sidecarBuilder.Services.AddSingleton<TaskHubGrpcServer>();
        await using var sidecar = sidecarBuilder.Build();
        sidecar.MapGrpcService<TaskHubGrpcServer>();
        await sidecar.StartAsync();

        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddDurableTaskWorker(w => w.AddTasks(r =>
        {
            r.AddActivityFunc<int, int>(OrchestrationBaseline.Step, (_, n) => n + 1);
            r.AddOrchestratorFunc<int, int>(OrchestrationBaseline.Name, OrchestrationBaseline.ThreeStepsAsync);
        }).UseGrpc(channel));
        builder.Services.AddDurableTaskClient(c => c.UseGrpc(channel));
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            return await measure(host.Services.GetRequiredService<DurableTaskClient>());
        }
        finally
        {
            await host.Services.GetServices<IHostedService>().OfType<Microsoft.DurableTask.Worker.Hosting.DurableTaskWorker>().Single().StopAsync(CancellationToken.None);
            await host.StopAsync();
            await sidecar.StopAsync();
            await service.StopAsync(isForced: false);
        }
    }
}
