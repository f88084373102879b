using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Notifications.Tests.Builders;
using Remediation.Testing;

namespace Remediation.Notifications.Tests;

/// <summary>Signing secrets are unreadable at rest, and a 410 arriving mid-change never undoes a rotation or a delete.</summary>
public class SubscriptionSafetyTests
{
    private static readonly Recipient Supplier = new(Role.Supplier, "SUP-1");

    [Fact]
    public async Task A_signing_secret_is_stored_sealed_and_still_signs_every_delivery()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var rig = await DeliveryRig.StartAsync();
        var subscription = await rig.SubscribeAsync(Supplier, receiver.UrlFor("sealed"));
        receiver.Trust("sealed", subscription.Secret);

        var row = await rig.Services.GetRequiredService<Storage.RemediationTables>().Subscriptions
            .GetEntityAsync<TableEntity>(Supplier.Key, subscription.Id);
        await rig.RaiseAsync(DeliveryRig.Escalation(Role.Supplier, "SUP-1", EscalationLevel.Reminder));

        var stored = row.Value.GetString("Secret");
        Assert.DoesNotContain(subscription.Secret[SigningSecret.Prefix.Length..], stored, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", stored, StringComparison.Ordinal);
        Assert.True(Assert.Single(await receiver.WaitForAsync(r => r.Count == 1, "the delivery")).Verified);
    }

    [Fact]
    public async Task A_410_arriving_while_the_secret_is_rotated_disables_without_bringing_the_old_secret_back()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var rig = await DeliveryRig.StartAsync();
        var subscription = await rig.SubscribeAsync(Supplier, receiver.UrlFor("rotating"));
        receiver.Trust("rotating", subscription.Secret);
        var rotatedSecret = SigningSecret.New();
        receiver.AnswerWith(async (_, _) =>
        {
            // The owner rotates while the attempt that read the old subscription is in flight.
            var current = await rig.Subscriptions.GetAsync(Supplier, subscription.Id);
            Assert.True(await rig.Subscriptions.ReplaceAsync(current! with { Secret = rotatedSecret, PreviousSecret = null }));
            return 410;
        });

        await rig.RaiseAsync(DeliveryRig.Escalation(Role.Supplier, "SUP-1", EscalationLevel.Reminder));
        await rig.WaitForDeliveriesAsync(subscription, d => d.Count == 1 && d[0].Status == DeliveryStatus.Failed, "the delivery to fail");

        var stored = await rig.Subscriptions.GetAsync(Supplier, subscription.Id);
        Assert.False(stored!.Enabled);
        Assert.Equal(rotatedSecret, stored.Secret);
    }

    [Fact]
    public async Task A_410_arriving_after_the_subscription_was_deleted_does_not_bring_it_back()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var rig = await DeliveryRig.StartAsync();
        var subscription = await rig.SubscribeAsync(Supplier, receiver.UrlFor("deleted"));
        receiver.Trust("deleted", subscription.Secret);
        receiver.AnswerWith(async (_, _) =>
        {
            await rig.Subscriptions.DeleteAsync(Supplier, subscription.Id);
            return 410;
        });

        await rig.RaiseAsync(DeliveryRig.Escalation(Role.Supplier, "SUP-1", EscalationLevel.Reminder));
        await rig.WaitForDeliveriesAsync(subscription, d => d.Count == 1 && d[0].Status == DeliveryStatus.Failed, "the delivery to fail");

        Assert.Null(await rig.Subscriptions.GetAsync(Supplier, subscription.Id));
        Assert.Empty(await rig.Subscriptions.ListAsync(Supplier));
    }
}
