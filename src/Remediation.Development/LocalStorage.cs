
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Remediation.Development;

/// <summary>
/// <c>UseDevelopmentStorage=true</c> means Azurite on its usual ports. If nothing listens there, the server starts
/// the Azurite pinned in package-lock.json (installing it with npm ci if needed), with its data in
/// <c>Remediation:Azurite:DataFolder</c> (default <c>.data/</c> under the repository), and stops it on shutdown.
/// </summary>
public static partial class LocalStorage
{
    public static async Task<AzuriteEmulator?> EnsureAsync(IConfiguration configuration, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connection = configuration["AzureWebJobsStorage"] ?? string.Empty;
        if (!connection.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (AzuriteEmulator.IsListeningOnDefaultPorts())
        {
            LogUsingRunning(logger);
            return null;
        }

        var root = AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory);
        var folder = configuration["Remediation:Azurite:DataFolder"] is { Length: > 0 } configured ? configured : Path.Combine(root, ".data");
        LogStarting(logger, folder);
        return await AzuriteEmulator.StartAsync(new AzuriteOptions { RepositoryRoot = root, DataFolder = folder, DefaultPorts = true, OwnProcessGroup = true }).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage is already listening on 127.0.0.1:10000-10002 (an Azurite started elsewhere?); using it for UseDevelopmentStorage=true")]
    private static partial void LogUsingRunning(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting Azurite on 127.0.0.1:10000-10002 with its data in {Folder}")]
    private static partial void LogStarting(ILogger logger, string folder);
}
