using System.Diagnostics;
using Grpc.Net.Client;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Remediation.Server.Engine;

namespace Remediation.Bench;

/// <summary>The durable floor: a trivial orchestration of three activities on the same engine and backend as the server.</summary>
internal static class OrchestrationBaseline
{
    public static async Task<double> OrchestrationsPerSecondAsync(string connectionString, int count)
    {
        await using var engine = await DurableEngine.StartAsync(connectionString, "benchbaseline" + Guid.NewGuid().ToString("N")[..6], new EngineOptions { WorkerId = "bench" }, NullLoggerFactory.Instance);
        using var channel = GrpcChannel.ForAddress(engine.Address);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddDurableTaskWorker(w => w.AddTasks(r =>
        {
            r.AddActivityFunc<int, int>("Step", (_, n) => n + 1);
            r.AddOrchestratorFunc<int, int>("ThreeSteps", async (context, n) =>
            {
                n = await context.CallActivityAsync<int>("Step", n);
                n = await context.CallActivityAsync<int>("Step", n);
                return await context.CallActivityAsync<int>("Step", n);
            });
        }).UseGrpc(channel));
        builder.Services.AddDurableTaskClient(c => c.UseGrpc(channel));
        using var host = builder.Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<DurableTaskClient>();

        // Warm up, then measure.
        await WaitAllAsync(client, [await client.ScheduleNewOrchestrationInstanceAsync("ThreeSteps", 0)]);
        var clock = Stopwatch.StartNew();
        var ids = await Task.WhenAll(Enumerable.Range(0, count).Select(i => client.ScheduleNewOrchestrationInstanceAsync("ThreeSteps", i)));
        await WaitAllAsync(client, ids);
        var perSecond = count / clock.Elapsed.TotalSeconds;
        await host.Services.GetServices<IHostedService>().OfType<Microsoft.DurableTask.Worker.Hosting.DurableTaskWorker>().Single().StopAsync(CancellationToken.None);
        await host.StopAsync();
        return perSecond;
    }

    private static async Task WaitAllAsync(DurableTaskClient client, IReadOnlyList<string> ids)
    {
        var pending = ids.ToHashSet();
        while (pending.Count > 0)
        {
            foreach (var id in pending.ToList())
            {
                if ((await client.GetInstanceAsync(id))?.IsCompleted == true)
                {
                    pending.Remove(id);
                }
            }

            await Task.Delay(100);
        }
    }
}
