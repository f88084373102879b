using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Composition;
using Remediation.Composition;
using Microsoft.Extensions.Logging;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Paging;
using Remediation.Domain.Parties;
using Remediation.Notifications.Dispatch;
using Remediation.Storage;

namespace Remediation.Notifications.Tests.Builders;

/// <summary>
/// Delivery as the standalone server runs it, without the rest: the real outbox, subscription and delivery tables
/// and queue on Azurite (a prefix of its own), the real pump, sender and SMTP client, in Development (loopback
/// receivers allowed), with retries a hundred times faster than in production.
/// </summary>
internal sealed class DeliveryRig : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly NotificationPump pump;

    private DeliveryRig(ServiceProvider services, NotificationPump pump)
    {
        this.services = services;
        this.pump = pump;
    }

    public IServiceProvider Services => services;

    public INotificationOutbox Outbox => services.GetRequiredService<INotificationOutbox>();

    public ISubscriptionStore Subscriptions => services.GetRequiredService<ISubscriptionStore>();

    public IDeliveryStore Deliveries => services.GetRequiredService<IDeliveryStore>();

    public static async Task<DeliveryRig> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Remediation:Notifications:Retry:FirstDelay"] = "00:00:00.100",
            ["Remediation:Notifications:Retry:MaxDelay"] = "00:00:00.400",
            ["Remediation:Notifications:PublicBaseUrl"] = "https://remediation.example.org",
            ["AzureWebJobsStorage"] = await TestStorage.ConnectionStringAsync(),
            ["Remediation:TablePrefix"] = "n" + Guid.NewGuid().ToString("N")[..12],
        }.Concat(settings ?? new Dictionary<string, string?>())).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        collection.AddRemediation(configuration, development: true);
        collection.AddSingleton<NotificationPump>();
        var services = collection.BuildServiceProvider();
        await services.EnsureStorageAsync();
        var pump = services.GetRequiredService<NotificationPump>();
        await pump.StartAsync(CancellationToken.None);
        return new DeliveryRig(services, pump);
    }

    /// <summary>A subscription of <paramref name="owner"/> to every event, and its secret.</summary>
    public async Task<Subscription> SubscribeAsync(Recipient owner, Uri url, params NotificationKind[] events)
    {
        var subscription = new Subscription("sub_" + Guid.NewGuid().ToString("N")[..12], owner, url, events.ToHashSet(), true, null, DateTimeOffset.UtcNow, SigningSecret.New(), null, null);
        await Subscriptions.AddAsync(subscription);
        return subscription;
    }

    /// <summary>Writes a notification to the outbox as a command would, about case C-TEST in Investigation.</summary>
    public async Task RaiseAsync(Notification notification, string? commandId = null) =>
        await Outbox.AddAsync(commandId ?? Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow, [notification], new CaseSnapshot(Stage.Investigation, notification.Level, DateTimeOffset.UtcNow.AddDays(3), Role.Supplier));

    public async Task<IReadOnlyList<Delivery>> DeliveriesOfAsync(Subscription subscription) =>
        (await Deliveries.ListAsync(subscription.Id, new PageRequest(100, null))).Items;

    public async Task<IReadOnlyList<Delivery>> WaitForDeliveriesAsync(Subscription subscription, Func<IReadOnlyList<Delivery>, bool> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var now = await DeliveriesOfAsync(subscription);
            if (condition(now))
            {
                return now;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Timed out waiting for {what}: {string.Join(", ", now.Select(d => $"{d.Status}/{d.Attempts}/{d.LastStatusCode}/{d.LastError}"))}");
            }

            await Task.Delay(50);
        }
    }

    public static Notification Escalation(Role role, string? party, EscalationLevel level, string caseId = "C-TEST") =>
        new(role, party, NotificationKind.Escalated, caseId, $"Case {caseId}: level {(int)level}.", level);

    public async ValueTask DisposeAsync()
    {
        await pump.StopAsync(CancellationToken.None);
        await services.DisposeAsync();
    }
}
