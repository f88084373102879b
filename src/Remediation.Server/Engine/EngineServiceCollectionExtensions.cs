using DurableTask.AzureStorage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Options;
using Remediation.Api.Composition;
using Remediation.Storage;

namespace Remediation.Server.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// The in-process durable engine on the product's storage account: the backend, the worker (a hosted service) and
    /// the <see cref="DurableTaskClient"/> the workflows use.
    /// </summary>
    public static IServiceCollection AddDurableEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EngineOptions>()
            .Configure(o => o.TaskHub = configuration["REMEDIATION_TASK_HUB"] ?? o.TaskHub)
            .Bind(configuration.GetSection(EngineOptions.SectionName));
        services.AddValidated<EngineOptions>(o => o.Problems());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EngineOptions>>().Value;
            var connection = sp.GetRequiredService<StorageConnection>();
            return new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
            {
                TaskHubName = options.TaskHub,
                StorageAccountClientProvider = new StorageAccountClientProvider(connection.ConnectionString
                    ?? throw new InvalidOperationException("The standalone server needs AzureWebJobsStorage as a connection string.")),
                PartitionCount = options.PartitionCount,
                MaxQueuePollingInterval = options.MaxQueuePollingInterval,
                WorkItemQueueVisibilityTimeout = options.WorkItemVisibilityTimeout,
                ControlQueueVisibilityTimeout = options.WorkItemVisibilityTimeout,
                ExtendedSessionsEnabled = options.ExtendedSessions,
                WorkerId = string.IsNullOrEmpty(options.WorkerId) ? $"{Environment.MachineName}-{options.TaskHub}" : options.WorkerId,
                LoggerFactory = sp.GetRequiredService<ILoggerFactory>(),
            });
        });
        services.AddSingleton<DataConverter>(JsonDataConverter.Default);
        // The worker options reach every orchestration through the shims: the data converter, and the longest timer
        // (a longer deadline becomes a chain of timers the Azure Storage backend can hold).
        services.AddSingleton(sp => new DurableTaskShimFactory(
            new DurableTaskWorkerOptions
            {
                DataConverter = sp.GetRequiredService<DataConverter>(),
                MaximumTimerInterval = sp.GetRequiredService<IOptions<EngineOptions>>().Value.MaximumTimerInterval,
            },
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<WorkflowOrchestrations>();
        services.AddSingleton<WorkflowActivities>();
        services.AddSingleton<DurableEngine>();
        services.AddHostedService(sp => sp.GetRequiredService<DurableEngine>());
        services.AddSingleton<DurableTaskClient>(sp =>
            new EngineClient(sp.GetRequiredService<AzureStorageOrchestrationService>(), sp.GetRequiredService<DataConverter>()));
        return services;
    }
}
