using Microsoft.Extensions.DependencyInjection;
using Remediation.Domain.Cases;
using Remediation.Domain.Evidence;
using Remediation.Domain.Inbox;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Domain.Payloads;
using Remediation.Domain.Timeline;
using Remediation.Storage.Cases;
using Remediation.Storage.Evidence;
using Remediation.Storage.Inbox;
using Remediation.Storage.Intake;
using Remediation.Storage.Ledger;
using Remediation.Storage.Notifications;
using Remediation.Storage.Parties;
using Remediation.Storage.Payloads;
using Remediation.Storage.Timeline;

namespace Remediation.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers every store of the domain on the given storage account. Call <see cref="EnsureStorageAsync"/> at start.</summary>
    public static IServiceCollection AddRemediationStorage(this IServiceCollection services, string connectionString, string prefix = "") =>
        services.AddRemediationStorage(StorageConnection.FromConnectionString(connectionString), prefix);

    public static IServiceCollection AddRemediationStorage(this IServiceCollection services, StorageConnection connection, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connection);
        services.AddSingleton(connection);
        services.AddSingleton(new RemediationTables(connection.TableService(), prefix));
        services.AddSingleton(new RemediationBlobs(connection.BlobService(), prefix));
        services.AddSingleton<ICaseIndex, TableCaseIndex>();
        services.AddSingleton<ICaseStore, TableCaseStore>();
        services.AddSingleton<Domain.Reporting.IReportFacts, Reporting.TableReportFacts>();
        services.AddSingleton<Domain.PublicReports.IPublicReportStore, PublicReports.TablePublicReportStore>();
        services.AddSingleton<ILedgerStore, TableLedgerStore>();
        services.AddSingleton<Domain.Confirmations.IConfirmationCodeStore, Confirmations.TableConfirmationCodeStore>();
        services.AddSingleton<Domain.Confirmations.IVerificationSampleStore, Confirmations.TableVerificationSampleStore>();
        services.AddSingleton<ITimelineStore, TableTimelineStore>();
        services.AddSingleton<IIntakeRegistry, TableIntakeRegistry>();
        services.AddSingleton(new QueueDeliveryScheduler(connection.QueueService(), prefix));
        services.AddSingleton<IDeliveryScheduler>(sp => sp.GetRequiredService<QueueDeliveryScheduler>());
        services.AddSingleton<TableNotificationOutbox>();
        services.AddSingleton<INotificationOutbox>(sp => sp.GetRequiredService<TableNotificationOutbox>());
        services.AddSingleton<ISubscriptionStore, TableSubscriptionStore>();
        services.AddSingleton<IDeliveryStore, TableDeliveryStore>();
        services.AddSingleton<IPayloadStore, BlobPayloadStore>();
        services.AddSingleton<ICommandInbox, TableCommandInbox>();
        services.AddSingleton<ICommandLog, Commands.TableCommandLog>();
        services.AddSingleton<IPartyStore, TablePartyStore>();
        services.AddSingleton<IApiKeyStore, TableApiKeyStore>();
        services.AddSingleton<Domain.Members.IMemberStore, Members.TableMemberStore>();
        services.AddSingleton<Domain.Audit.IAuditLog, Audit.TableAuditLog>();
        services.AddSingleton<Domain.Procurement.IContractStore, Procurement.TableContractStore>();
        services.AddSingleton<IEvidenceStore, BlobEvidenceStore>();
        return services;
    }

    public static async Task EnsureStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<RemediationTables>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<RemediationBlobs>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<QueueDeliveryScheduler>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
    }
}
