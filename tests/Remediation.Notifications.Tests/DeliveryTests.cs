using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Notifications.Tests.Builders;

namespace Remediation.Notifications.Tests;

public class DeliveryTests
{
    private static readonly Recipient Supplier = new(Role.Supplier, "SUP-1");

    [Fact]
    public async Task A_receiver_that_fails_three_times_gets_one_event_in_four_attempts_under_one_webhook_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerWith((_, attempt) => attempt <= 3 ? 500 : 200);
        await using var rig = await DeliveryRig.StartAsync();
        var subscription = await rig.SubscribeAsync(Supplier, receiver.UrlFor("supplier"));
        receiver.Trust("supplier", subscription.Secret);

        await rig.RaiseAsync(DeliveryRig.Escalation(Role.Supplier, "SUP-1", EscalationLevel.Reminder));

        var received = await receiver.WaitForAsync(r => r.Count >= 4, "four attempts");
        var delivery = Assert.Single(await rig.WaitForDeliveriesAsync(subscription, d => d.Count == 1 && d[0].Status == DeliveryStatus.Delivered, "the delivery to be recorded as delivered"));
        Assert.Equal([500, 500, 500, 200], received.Select(r => r.AnsweredWith));
        Assert.Single(received.Select(r => r.WebhookId).Distinct());
        Assert.Equal(delivery.Id, received[0].WebhookId);
        Assert.All(received, r => Assert.True(r.Verified, r.Problem));
        Assert.Single(received.Select(r => r.Event!.Id).Distinct());
        Assert.Equal((4, 200), (delivery.Attempts, delivery.LastStatusCode));
        Assert.Equal("org.remediation.case.escalated", received[0].Type);
        Assert.Equal(1, received[0].Data.GetProperty("escalationLevel").GetInt32());
    }

    [Fact]
    public async Task An_endpoint_that_answers_410_gone_has_its_subscription_disabled()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerWith((_, _) => 410);
        await using var rig = await DeliveryRig.StartAsync();
        var subscription = await rig.SubscribeAsync(Supplier, receiver.UrlFor("gone"));
        receiver.Trust("gone", subscription.Secret);

        await rig.RaiseAsync(DeliveryRig.Escalation(Role.Supplier, "SUP-1", EscalationLevel.Reminder));

        var delivery = Assert.Single(await rig.WaitForDeliveriesAsync(subscription, d => d.Count == 1 && d[0].Status == DeliveryStatus.Failed, "the delivery to fail"));
        var stored = await rig.Subscriptions.GetAsync(Supplier, subscription.Id);
        Assert.False(stored!.Enabled);
        Assert.Contains("410", stored.DisabledReason, StringComparison.Ordinal);
        Assert.Equal((1, 410), (delivery.Attempts, delivery.LastStatusCode));
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_counts_as_a_failed_attempt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerWith((path, attempt) => path == "moved" && attempt == 1 ? 307 : 200);
        await using var rig = await DeliveryRig.StartAsync();
        var subscription = await rig.SubscribeAsync(Supplier, receiver.UrlFor("moved"));
        receiver.Trust("moved", subscription.Secret);

        await rig.RaiseAsync(DeliveryRig.Escalation(Role.Supplier, "SUP-1", EscalationLevel.Reminder));

        await rig.WaitForDeliveriesAsync(subscription, d => d.Count == 1 && d[0].Status == DeliveryStatus.Delivered, "the retry after the redirect");
        Assert.Equal(["moved", "moved"], receiver.Received.Select(r => r.Path));
    }

    [Fact]
    public async Task A_notification_written_twice_by_a_retried_command_is_one_delivery()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var rig = await DeliveryRig.StartAsync();
        var subscription = await rig.SubscribeAsync(Supplier, receiver.UrlFor("supplier"));
        receiver.Trust("supplier", subscription.Secret);
        var notification = DeliveryRig.Escalation(Role.Supplier, "SUP-1", EscalationLevel.Reminder);

        await rig.RaiseAsync(notification, "command-retried");
        await rig.RaiseAsync(notification, "command-retried");

        await rig.WaitForDeliveriesAsync(subscription, d => d.Count == 1 && d[0].Status == DeliveryStatus.Delivered, "the delivery");
        Assert.Single(receiver.Received.Select(r => r.WebhookId).Distinct());
        Assert.Single(await rig.DeliveriesOfAsync(subscription));
    }

    [Fact]
    public async Task A_slow_endpoint_does_not_hold_up_deliveries_to_another()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slowInFlight = 0;
        receiver.AnswerWith((path, _) =>
        {
            if (path != "slow")
            {
                return Task.FromResult(200);
            }

            Interlocked.Increment(ref slowInFlight);
            return release.Task;
        });
        await using var rig = await DeliveryRig.StartAsync(new Dictionary<string, string?>
        {
            ["Remediation:Notifications:Concurrency"] = "4",
            ["Remediation:Notifications:ConcurrencyPerEndpoint"] = "2",
        });
        var slow = await rig.SubscribeAsync(Supplier, receiver.UrlFor("slow"));
        var fast = await rig.SubscribeAsync(Supplier, receiver.UrlFor("fast"));
        receiver.Trust("slow", slow.Secret);
        receiver.Trust("fast", fast.Secret);

        for (var i = 0; i < 6; i++)
        {
            await rig.RaiseAsync(DeliveryRig.Escalation(Role.Supplier, "SUP-1", EscalationLevel.Reminder, $"C-SLOW-{i}"));
        }

        try
        {
            var whileSlowHangs = await receiver.WaitForAsync(r => r.Count(x => x.Path == "fast") == 6, "every delivery to the fast endpoint while the slow one hangs");
            Assert.DoesNotContain(whileSlowHangs, r => r.Path == "slow");
            // At most two at once per endpoint: the other four wait their turn without taking the fast endpoint's.
            Assert.InRange(Volatile.Read(ref slowInFlight), 1, 2);
        }
        finally
        {
            release.SetResult(200);
        }

        await rig.WaitForDeliveriesAsync(slow, d => d.Count == 6 && d.All(x => x.Status == DeliveryStatus.Delivered), "the slow endpoint's deliveries once it answers");
    }

    [Fact]
    public async Task Email_goes_to_the_late_party_for_a_reminder_and_to_caseworkers_from_level_two_in_text_and_html()
    {
        using var smtp = SmtpSink.Start();
        await using var rig = await DeliveryRig.StartAsync(new Dictionary<string, string?>
        {
            ["Remediation:Notifications:Email:Host"] = "127.0.0.1",
            ["Remediation:Notifications:Email:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Remediation:Notifications:Email:Security"] = "None",
            ["Remediation:Notifications:Email:From"] = "Remediation <notifications@buyer.example>",
            ["Remediation:Notifications:Email:Caseworkers"] = "casework@buyer.example",
            ["Remediation:Notifications:Email:Parties:0:PartyId"] = "SUP-1",
            ["Remediation:Notifications:Email:Parties:0:Addresses"] = "compliance@supplier.example; ethics@supplier.example",
        });

        await rig.RaiseAsync(DeliveryRig.Escalation(Role.Supplier, "SUP-1", EscalationLevel.Reminder, "C-MAIL-1"));
        await rig.RaiseAsync(DeliveryRig.Escalation(Role.Caseworker, null, EscalationLevel.FormalNotice, "C-MAIL-2"));
        // Not by e-mail: a stage change, and a level-2 notice to the supplier.
        await rig.RaiseAsync(new Notification(Role.Supplier, "SUP-1", NotificationKind.StageChanged, "C-MAIL-3", "Case C-MAIL-3 is in Investigation."));
        await rig.RaiseAsync(DeliveryRig.Escalation(Role.Supplier, "SUP-1", EscalationLevel.FormalNotice, "C-MAIL-4"));
        await rig.RaiseAsync(new Notification(Role.Caseworker, null, NotificationKind.RetaliationReported, "C-MAIL-5", "Retaliation reported in case C-MAIL-5."));

        var mail = await smtp.WaitForAsync(m => m.Count >= 4, "four e-mails");
        Assert.Equal(
            ["casework@buyer.example C-MAIL-2", "casework@buyer.example C-MAIL-5", "compliance@supplier.example C-MAIL-1", "ethics@supplier.example C-MAIL-1"],
            mail.Select(m => $"{m.To.Mailboxes.Single().Address} {m.Subject!.Split(' ')[2].TrimEnd(':')}").Order(StringComparer.Ordinal));
        var reminder = mail.First(m => m.Subject!.Contains("C-MAIL-1", StringComparison.Ordinal));
        Assert.Equal("notifications@buyer.example", reminder.From.Mailboxes.Single().Address);
        Assert.Contains("https://remediation.example.org/api/v1/cases/C-MAIL-1", reminder.TextBody!, StringComparison.Ordinal);
        Assert.Contains("href=\"https://remediation.example.org/api/v1/cases/C-MAIL-1\"", reminder.HtmlBody!, StringComparison.Ordinal);
        Assert.Contains("Waiting for: Supplier", reminder.TextBody!, StringComparison.Ordinal);
        Assert.Contains("Escalation: Reminder (level 1 of 4)", reminder.TextBody!, StringComparison.Ordinal);
    }
}
