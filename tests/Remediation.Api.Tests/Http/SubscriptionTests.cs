using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Http;

/// <summary>Webhook subscriptions through the API: a party manages its own, sees a secret once, and bad input changes nothing.</summary>
public class SubscriptionTests
{
    private const string Loopback = "http://127.0.0.1:9/hooks/remediation";

    [Fact]
    public async Task A_partner_subscribes_sees_the_secret_once_and_manages_only_its_own_subscriptions()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        using var other = server.Client(server.Keys.OtherPartner);

        var created = await partner.PostAsJsonAsync("subscriptions", new { url = Loopback, events = new[] { "case.escalated", "case.stage_changed" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var subscription = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = subscription.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/subscriptions/{id}", created.Headers.Location!.ToString());
        Assert.StartsWith("whsec_", subscription.GetProperty("secret").GetString(), StringComparison.Ordinal);
        Assert.Equal(["case.escalated", "case.stage_changed"], subscription.GetProperty("events").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));

        var read = await partner.GetFromJsonAsync<JsonElement>($"subscriptions/{id}");
        Assert.False(read.TryGetProperty("secret", out _));
        var listed = await partner.GetFromJsonAsync<JsonElement>("subscriptions");
        Assert.Equal([id], listed.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"subscriptions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"subscriptions/{id}")).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("subscriptions")).GetProperty("items").EnumerateArray());

        var disabled = await (await partner.PostAsync($"subscriptions/{id}/disable", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(disabled.GetProperty("enabled").GetBoolean());
        var enabled = await (await partner.PostAsync($"subscriptions/{id}/enable", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(enabled.GetProperty("enabled").GetBoolean());

        var rotated = await (await partner.PostAsJsonAsync($"subscriptions/{id}/secret-rotations", new { overlapHours = 2 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(subscription.GetProperty("secret").GetString(), rotated.GetProperty("secret").GetString());
        Assert.InRange(rotated.GetProperty("previousSecretValidUntil").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(110), DateTimeOffset.UtcNow.AddMinutes(121));

        Assert.Empty((await partner.GetFromJsonAsync<JsonElement>($"subscriptions/{id}/deliveries")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PostAsync($"subscriptions/{id}/deliveries/dlv_none/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await partner.DeleteAsync($"subscriptions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"subscriptions/{id}")).StatusCode);
    }

    [Fact]
    public async Task Admins_subscribe_for_the_caseworkers_and_a_caseworker_key_may_not_manage_subscriptions()
    {
        await using var server = await ApiServer.StartAsync();
        using var admin = server.Client(server.Keys.Admin);
        using var caseworker = server.Client(server.Keys.Caseworker);

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("subscriptions", new { url = Loopback })).StatusCode);
        var listed = await admin.GetFromJsonAsync<JsonElement>("subscriptions");
        Assert.Empty(Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("events").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("subscriptions")).StatusCode);
    }

    [Theory]
    [InlineData("""{"url":"https://10.0.0.1/hooks"}""", "$.url", "public addresses only")]
    [InlineData("""{"url":"https://169.254.169.254/latest/meta-data"}""", "$.url", "public addresses only")]
    [InlineData("""{"url":"https://[fd00::1]/hooks"}""", "$.url", "public addresses only")]
    [InlineData("""{"url":"not a url"}""", "$.url", "absolute https URL")]
    [InlineData("""{"url":"http://127.0.0.1:9/x","events":["case.finished"]}""", "$.events[0]", "case.escalated")]
    [InlineData("""{"url":"http://127.0.0.1:9/x","secret":"mine"}""", "$.secret", "Unknown field")]
    [InlineData("""{"events":["case.closed"]}""", "$.url", "required")]
    public async Task A_bad_subscription_lists_the_bad_field_and_stores_nothing(string body, string path, string expected)
    {
        await using var server = await ApiServer.StartAsync();
        using var supplier = server.Client(server.Keys.Supplier);

        var response = await supplier.PostAsync("subscriptions", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == path);
        Assert.Contains(expected, error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await supplier.GetFromJsonAsync<JsonElement>("subscriptions")).GetProperty("items").EnumerateArray());
    }
}
