using Remediation.Development;
using System.Net;
using DurableTask.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Remediation.Workflows.Tests.Builders;

/// <summary>
/// The Durable Task gRPC sidecar over the in-memory orchestration service, on a loopback port, with a
/// <see cref="HistoryMeter"/> in between so tests can measure each generation's history. Workers and clients
/// connect to <see cref="Address"/> exactly as they do to the standalone server's sidecar.
/// </summary>
internal sealed class Engine : IAsyncDisposable
{
    private readonly WebApplication sidecar;

    private Engine(WebApplication sidecar, string address, HistoryMeter history)
    {
        this.sidecar = sidecar;
        Address = address;
        History = history;
    }

    public string Address { get; }

    public HistoryMeter History { get; }

    public static async Task<Engine> StartAsync(ILoggerFactory loggerFactory)
    {
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        var inMemory = new InMemoryOrchestrationService(loggerFactory);
        var history = new HistoryMeter(inMemory);
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<IOrchestrationService>(history);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(inMemory);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();
        await app.StartAsync();
        return new Engine(app, $"http://127.0.0.1:{port}", history);
    }

    public async ValueTask DisposeAsync()
    {
        await sidecar.StopAsync();
        await sidecar.DisposeAsync();
    }
}
