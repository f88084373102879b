using Moq;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Functions.Http;
using Remediation.Functions.Notifications;

namespace Remediation.Functions.Tests;

public class NotificationFunctionsTests
{
    private static Subscription OwnedBy(Recipient owner, string id = "sub_1") =>
        new(id, owner, new Uri("https://hooks.example.org/x"), new HashSet<NotificationKind>(), true, null, FunctionRig.Now, SigningSecret.New(), null, null);

    [Fact]
    public async Task A_partner_manages_its_own_subscriptions_and_another_partys_is_404()
    {
        var rig = new FunctionRig();
        var functions = rig.Get<SubscriptionFunctions>();
        var partner = new Recipient(Role.Partner, "PART-1");
        rig.Subscriptions.Setup(s => s.ListAsync(partner, It.IsAny<CancellationToken>())).ReturnsAsync([OwnedBy(partner)]);
        rig.Subscriptions.Setup(s => s.GetAsync(partner, "sub_1", It.IsAny<CancellationToken>())).ReturnsAsync(OwnedBy(partner));
        rig.Subscriptions.Setup(s => s.DeleteAsync(partner, "sub_1", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var key = rig.KeyFor(Role.Partner, "PART-1");
        var list = FunctionRig.Request("GET", key: key);
        var get = FunctionRig.Request("GET", key: key);
        var other = FunctionRig.Request("GET", key: key);
        var delete = FunctionRig.Request("DELETE", key: key);
        var caseworker = FunctionRig.Request("GET", key: rig.KeyFor(Role.Caseworker, null));

        Assert.Equal(200, await FunctionRig.StatusOf(await functions.ListSubscriptions(list, rig.Client.Object), list));
        Assert.Equal(200, await FunctionRig.StatusOf(await functions.GetSubscription(get, rig.Client.Object, "sub_1"), get));
        Assert.Equal(404, await FunctionRig.StatusOf(await functions.GetSubscription(other, rig.Client.Object, "sub_of_someone_else"), other));
        Assert.Equal(204, await FunctionRig.StatusOf(await functions.DeleteSubscription(delete, rig.Client.Object, "sub_1"), delete));
        Assert.Equal(403, await FunctionRig.StatusOf(await functions.ListSubscriptions(caseworker, rig.Client.Object), caseworker));
        rig.Subscriptions.Verify(s => s.DeleteAsync(partner, "sub_1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_subscription_to_a_private_address_is_400_and_nothing_is_stored()
    {
        var rig = new FunctionRig();
        var functions = rig.Get<SubscriptionFunctions>();
        var create = FunctionRig.Request("POST", """{"url":"https://10.0.0.1/hook"}""", rig.KeyFor(Role.Supplier, "SUP-1"));

        Assert.Equal(400, await FunctionRig.StatusOf(await functions.CreateSubscription(create, rig.Client.Object), create));
        rig.Subscriptions.Verify(s => s.AddAsync(It.IsAny<Subscription>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Deliveries_and_retry_find_the_subscription_and_delivery_by_their_route_values()
    {
        var rig = new FunctionRig();
        var functions = rig.Get<SubscriptionFunctions>();
        var partner = new Recipient(Role.Partner, "PART-1");
        rig.Subscriptions.Setup(s => s.GetAsync(partner, "sub_1", It.IsAny<CancellationToken>())).ReturnsAsync(OwnedBy(partner));
        rig.Deliveries.Setup(d => d.ListAsync("sub_1", It.IsAny<Domain.Paging.PageRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new Domain.Paging.Paged<Delivery>([], null));
        var failed = new Delivery("dlv_1", DeliveryChannel.Webhook, "sub_1", "C-1|x|000", "C-1", NotificationKind.Escalated, DeliveryStatus.Failed, 9, 500, null, FunctionRig.Now, null, FunctionRig.Now, "t1");
        rig.Deliveries.Setup(d => d.GetAsync("sub_1", "dlv_1", It.IsAny<CancellationToken>())).ReturnsAsync(failed);
        var key = rig.KeyFor(Role.Partner, "PART-1");
        var list = FunctionRig.Request("GET", key: key);
        var retry = FunctionRig.Request("POST", key: key);

        Assert.Equal(200, await FunctionRig.StatusOf(await functions.ListDeliveries(list, rig.Client.Object, "sub_1"), list));
        Assert.Equal(202, await FunctionRig.StatusOf(await functions.RetryDelivery(retry, rig.Client.Object, "sub_1", "dlv_1"), retry));
        rig.Scheduler.Verify(s => s.ScheduleAsync(It.Is<DeliveryTicket>(t => t.DeliveryId == "dlv_1" && t.Previous == "t1"), TimeSpan.Zero, It.IsAny<CancellationToken>()), Times.Once);
        rig.Deliveries.Verify(d => d.ReplaceAsync(It.Is<Delivery>(x => x.Status == DeliveryStatus.Pending && x.Attempts == 9), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_queue_function_fans_an_outbox_batch_out_to_the_recipients_subscriptions()
    {
        var rig = new FunctionRig();
        var supplier = new Recipient(Role.Supplier, "SUP-1");
        var entry = new OutboxEntry("C-1|abc|000", new Notification(Role.Supplier, "SUP-1", NotificationKind.Escalated, "C-1", "Case C-1: reminder.", Domain.Deadlines.EscalationLevel.Reminder), FunctionRig.Now, null);
        rig.Outbox.Setup(o => o.BatchAsync(new OutboxBatch("C-1", "abc"), It.IsAny<CancellationToken>())).ReturnsAsync([entry]);
        rig.Subscriptions.Setup(s => s.ListAsync(supplier, It.IsAny<CancellationToken>())).ReturnsAsync([OwnedBy(supplier)]);
        rig.Deliveries.Setup(d => d.AddIfNewAsync(It.IsAny<Delivery>(), It.IsAny<CancellationToken>())).ReturnsAsync((Delivery d, CancellationToken _) => d);
        var function = rig.Get<NotificationQueueFunction>();

        await function.RunAsync(new NotificationWork(new OutboxBatch("C-1", "abc"), null).ToJson(), 1, CancellationToken.None);

        rig.Deliveries.Verify(d => d.AddIfNewAsync(It.Is<Delivery>(x => x.Target == "sub_1" && x.Channel == DeliveryChannel.Webhook && x.OutboxId == "C-1|abc|000"), It.IsAny<CancellationToken>()), Times.Once);
        rig.Scheduler.Verify(s => s.ScheduleAsync(It.Is<DeliveryTicket>(t => t.Partition == "sub_1"), TimeSpan.Zero, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task An_attempt_that_comes_before_its_schedule_is_recorded_throws_so_the_host_hands_it_out_again()
    {
        var rig = new FunctionRig();
        var pending = new Delivery("dlv_1", DeliveryChannel.Webhook, "sub_1", "C-1|x|000", "C-1", NotificationKind.Escalated, DeliveryStatus.Pending, 1, 500, null, FunctionRig.Now, FunctionRig.Now, FunctionRig.Now, "old");
        rig.Deliveries.Setup(d => d.GetAsync("sub_1", "dlv_1", It.IsAny<CancellationToken>())).ReturnsAsync(pending);
        var function = rig.Get<NotificationQueueFunction>();
        var early = new NotificationWork(null, new DeliveryTicket("sub_1", "dlv_1", "new", "old")).ToJson();

        await Assert.ThrowsAsync<DeliveryNotYetRecordedException>(() => function.RunAsync(early, 1, CancellationToken.None));
        // Its fifth time it is dropped (the schedule was never recorded; the delivery's own ticket stands).
        await function.RunAsync(early, 5, CancellationToken.None);
        rig.Deliveries.Verify(d => d.ReplaceAsync(It.IsAny<Delivery>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
