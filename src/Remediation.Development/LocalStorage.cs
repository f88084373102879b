using Microsoft.Extensions.Configuration;

namespace Remediation.Development;

/// <summary>
/// <c>UseDevelopmentStorage=true</c> means Azurite on its usual ports. If nothing listens there, the server starts
/// the Azurite pinned in package-lock.json (installing it with npm ci if needed), with its data in
/// <c>Remediation:Azurite:DataFolder</c> (default <c>.data/</c> under the repository), and stops it on shutdown.
/// </summary>
public static class LocalStorage
{
    public static async Task<AzuriteEmulator?> EnsureAsync(IConfiguration configuration, TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(console);
        var connection = configuration["AzureWebJobsStorage"] ?? string.Empty;
        if (!connection.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (AzuriteEmulator.IsListeningOnDefaultPorts())
        {
            await console.WriteLineAsync(
                "Storage is already listening on 127.0.0.1:10000-10002 (an Azurite started elsewhere?): " +
                "using it for UseDevelopmentStorage=true.").ConfigureAwait(false);
            return null;
        }

        var root = AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory);
        var folder = configuration["Remediation:Azurite:DataFolder"] is { Length: > 0 } configured ? configured : Path.Combine(root, ".data");
        await console.WriteLineAsync($"Starting Azurite on 127.0.0.1:10000-10002 with its data in {folder}").ConfigureAwait(false);
        return await AzuriteEmulator.StartAsync(
            new AzuriteOptions { RepositoryRoot = root, DataFolder = folder, DefaultPorts = true, OwnProcessGroup = true }).ConfigureAwait(false);
    }
}
