using Remediation.Contracts.Notifications;
using Remediation.Testing;
using Xunit.Abstractions;

namespace Remediation.Server.Tests;

/// <summary>
/// Deliveries pending when the standalone server is killed with SIGKILL: the endpoint fails until the kill, the
/// server is started again on the same storage, and every event must arrive, none under two webhook-ids.
/// </summary>
public class NotificationCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_pending_delivery_arrives_after_the_server_is_killed_and_none_under_two_ids()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var failing = true;
        receiver.AnswerWith((_, _) => Volatile.Read(ref failing) ? 503 : 200);
        await using var server = await ServerProcess.StartAsync(environmentName: "Development", settings: new Dictionary<string, string>
        {
            ["Remediation__Notifications__Retry__FirstDelay"] = "00:00:00.500",
            ["Remediation__Notifications__Retry__MaxDelay"] = "00:00:02",
        });
        using var api = await ApiDriver.ConnectAsync(server);
        var subscription = await api.SupplierApi.CreateSubscriptionAsync(new CreateSubscriptionRequest { Url = receiver.UrlFor("supplier").ToString() });
        receiver.Trust("supplier", subscription.Secret!);
        var cases = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => api.OpenAsync($"NOTIFY-CRASH-{i}", workers: 1)));
        await Task.WhenAll(cases.Select(api.TriageAsync));
        await receiver.WaitForAsync(r => r.Select(x => x.WebhookId).Distinct().Count() == cases.Length, "a failed attempt of every delivery before the kill");
        // More events raised just before the kill: their fan-out or first attempt may be cut off anywhere.
        await Task.WhenAll(cases.Select(c => api.SupplierApi.AcknowledgeAsync(c)));

        await server.KillAsync();
        var beforeRestart = receiver.Received.Count;
        Volatile.Write(ref failing, false);
        await server.RestartAsync();

        foreach (var caseId in cases)
        {
            await api.WaitAsync(caseId, c => ApiDriver.Stage(c) == "Investigation");
        }

        var expected = cases.Length * 2;
        var deliveries = await WaitForLogAsync(api, subscription.Id, d => d.Count == expected && d.All(x => x.Status == DeliveryStatus.Delivered));
        var received = await receiver.WaitForAsync(r => r.Where(x => x.AnsweredWith == 200).Select(x => x.WebhookId).Distinct().Count() == expected, "every delivery answered 200");

        Assert.All(received, r => Assert.True(r.Verified, r.Problem));
        Assert.Equal(deliveries.Select(d => d.Id).Order(StringComparer.Ordinal), received.Where(r => r.AnsweredWith == 200).Select(r => r.WebhookId).Distinct().Order(StringComparer.Ordinal));
        Assert.All(received.GroupBy(r => r.Event!.Id), g => Assert.Single(g.Select(r => r.WebhookId).Distinct()));
        Assert.Equal(expected, received.Select(r => r.Event!.Id).Distinct().Count());
        output.WriteLine($"{expected} deliveries: {beforeRestart} failed attempts before the kill, {received.Count - beforeRestart} requests after the restart, "
            + $"{received.Count(r => r.AnsweredWith == 200)} answered 200 ({received.Where(r => r.AnsweredWith == 200).GroupBy(r => r.WebhookId).Count(g => g.Count() > 1)} delivered twice under the same id)");
    }

    private static async Task<IReadOnlyList<DeliveryView>> WaitForLogAsync(ApiDriver api, string subscriptionId, Func<IReadOnlyList<DeliveryView>, bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var log = new List<DeliveryView>();
            await foreach (var delivery in api.SupplierApi.GetDeliveriesAsync(subscriptionId))
            {
                log.Add(delivery);
            }

            if (condition(log))
            {
                return log;
            }

            Assert.True(DateTime.UtcNow < until, $"The delivery log did not get there: {string.Join(", ", log.Select(d => $"{d.EventType}/{d.Status}/{d.Attempts}"))}");
            await Task.Delay(200);
        }
    }
}
