using Azure.Storage.Queues;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Remediation.Storage;

/// <summary>
/// How to reach the storage account, read the way the Functions host reads <c>AzureWebJobsStorage</c>: a connection
/// string (locally, Azurite: <c>UseDevelopmentStorage=true</c>), or identity-based settings in Azure
/// (<c>AzureWebJobsStorage__accountName</c>, <c>__credential</c> = managedidentity, <c>__clientId</c>).
/// </summary>
public sealed record StorageConnection(string? ConnectionString, string? AccountName, string? ClientId)
{
    public const string DefaultName = "AzureWebJobsStorage";

    public bool IsDevelopmentStorage => ConnectionString?.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase) == true;

    public static StorageConnection FromConnectionString(string connectionString) => new(connectionString, null, null);

    public static StorageConnection From(IConfiguration configuration, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[name] is { Length: > 0 } connectionString)
        {
            return new StorageConnection(connectionString, null, null);
        }

        var account = configuration[$"{name}:accountName"];
        return string.IsNullOrEmpty(account)
            ? throw new InvalidOperationException(
                $"Set {name} to a storage connection string, or {name}__accountName (with __credential and __clientId) for a managed identity.")
            : new StorageConnection(null, account, configuration[$"{name}:clientId"]);
    }

    public TableServiceClient TableService()
    {
        var options = new TableClientOptions();
        StorageAvailabilityPolicy.Apply(options);
        Limits.TableLimits.Apply(options);
        return ConnectionString is { } cs
            ? new TableServiceClient(cs, options)
            : new TableServiceClient(new Uri($"https://{AccountName}.table.core.windows.net"), Credential(), options);
    }

    public BlobServiceClient BlobService()
    {
        var options = new BlobClientOptions();
        StorageAvailabilityPolicy.Apply(options);
        return ConnectionString is { } cs
            ? new BlobServiceClient(cs, options)
            : new BlobServiceClient(new Uri($"https://{AccountName}.blob.core.windows.net"), Credential(), options);
    }

    /// <summary>Base64 messages, as Functions' queue trigger reads them by default.</summary>
    public QueueServiceClient QueueService()
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        StorageAvailabilityPolicy.Apply(options);
        return ConnectionString is { } cs
            ? new QueueServiceClient(cs, options)
            : new QueueServiceClient(new Uri($"https://{AccountName}.queue.core.windows.net"), Credential(), options);
    }

    private TokenCredential Credential() =>
        ClientId is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
}
