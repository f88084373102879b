using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Confirmations.TextMessages;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Security;

/// <summary>
/// The largest, emptiest, deepest and oddest input the confirmation routes and the worker page take, and another
/// party's ids: each gets a clear refusal, nothing crashes, and storage is left as it was.
/// </summary>
public class ConfirmationHostileInputTests
{
    [Fact]
    public async Task Hostile_requests_for_codes_are_refused_and_change_nothing()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        using var other = server.Client(server.Keys.OtherPartner);
        var caseId = await Journeys.ToVerificationAsync(server, "HOSTILE-CODES", workers: 1);
        var before = await StorageSnapshot.QuietAsync(server);

        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);
        var bodies = new (string Json, HttpStatusCode Expected)[]
        {
            ("{}", HttpStatusCode.BadRequest),
            ("", HttpStatusCode.BadRequest),
            ("null", HttpStatusCode.BadRequest),
            ("[]", HttpStatusCode.BadRequest),
            (deep, HttpStatusCode.BadRequest),
            ("{\"workers\":[]}", HttpStatusCode.BadRequest),
            ("{\"workers\":[null]}", HttpStatusCode.BadRequest),
            ("{\"workers\":[\"" + new string('W', 10_000) + "\"]}", HttpStatusCode.BadRequest),
            ("{\"workers\":[" + string.Join(',', Enumerable.Range(0, 5001).Select(i => $"\"W-{i}\"")) + "]}", HttpStatusCode.BadRequest),
            ("{\"sample\":\"yes\"}", HttpStatusCode.BadRequest),
            ("{\"sample\":false}", HttpStatusCode.BadRequest),
            ("{\"sample\":true,\"expiresOn\":\"9999-12-31\"}", HttpStatusCode.BadRequest),
            ("{\"sample\":true,\"language\":\"<script>\"}", HttpStatusCode.BadRequest),
        };
        foreach (var (json, expected) in bodies)
        {
            var answer = await partner.PostAsync($"cases/{caseId}/confirmation-codes", new StringContent(json, Encoding.UTF8, "application/json"));
            Assert.True(answer.StatusCode == expected, $"{json[..Math.Min(60, json.Length)]}: {(int)answer.StatusCode}");
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.UnsupportedMediaType,
            (await partner.PostAsync($"cases/{caseId}/confirmation-codes", new StringContent("sample=true", Encoding.UTF8, "text/plain"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", new { sample = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"cases/{caseId}/verification-sample")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PostAsJsonAsync("cases/no-such-case/confirmation-codes", new { sample = true })).StatusCode);
        Assert.Equal(before, await StorageSnapshot.TakeAsync(server));
    }

    [Fact]
    public async Task Hostile_worker_page_requests_get_a_page_never_a_crash_and_change_nothing()
    {
        await using var server = await ApiServer.StartAsync();
        var caseId = await Journeys.ToVerificationAsync(server, "HOSTILE-PAGE", workers: 1);
        var code = (await Journeys.CodesAsync(server, caseId, new { sample = true }))["W-1"];
        var before = await StorageSnapshot.QuietAsync(server);
        using var phone = new WorkerPhone(server);
        using var plain = new HttpClient { BaseAddress = new Uri(server.Address, "/") };

        Assert.Equal(HttpStatusCode.NotFound, await phone.OpenAsync("confirm/" + new string('A', 4000)));
        Assert.Equal(HttpStatusCode.NotFound, await phone.OpenAsync("confirm/%F0%9F%92%A9%0A"));
        Assert.Equal(HttpStatusCode.BadRequest, await phone.OpenAsync("confirm/%00")); // Kestrel refuses a NUL in the path itself
        Assert.Equal(HttpStatusCode.OK, await phone.OpenAsync("confirm?lang=" + new string('x', 2000)));
        Assert.Contains("lang=\"en\"", phone.Html, StringComparison.Ordinal);

        // No token, a foreign token, too large a form, another content type: refused before the code is even looked up.
        using var noToken = new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = code, ["answer"] = "none", ["pressure"] = "yes" });
        Assert.Equal(HttpStatusCode.BadRequest, (await plain.PostAsync("confirm", noToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, await phone.PostAsync(("code", code), ("answer", "none"), ("pressure", "yes"),
            ("__RequestVerificationToken", "forged")));
        await phone.OpenAsync("confirm");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await phone.PostAsync(("code", code), ("padding", new string('x', 100_000))));
        using var json = new StringContent("{\"code\":\"" + code + "\"}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await plain.PostAsync("confirm", json)).StatusCode);

        // Odd answers to a real code: each asks again, nothing is recorded.
        await phone.OpenAsync($"confirm/{code}");
        Assert.Equal(HttpStatusCode.BadRequest, await phone.PostAsync(("code", code), ("answer", "everything"), ("pressure", "no")));
        Assert.Equal(HttpStatusCode.BadRequest, await phone.PostAsync(("code", code), ("answer", "part"), ("amount", "1e309"), ("pressure", "no")));
        Assert.Equal(HttpStatusCode.BadRequest, await phone.PostAsync(("code", code), ("answer", "part"), ("amount", "-5"), ("pressure", "no")));
        Assert.Equal(HttpStatusCode.BadRequest, await phone.PostAsync(("code", code), ("answer", "part"), ("amount", "99999999"), ("pressure", "no")));
        Assert.Equal(HttpStatusCode.BadRequest, await phone.PostAsync(("code", code), ("answer", "all"), ("pressure", "maybe")));
        Assert.Equal(before, await StorageSnapshot.TakeAsync(server));
    }

    [Fact]
    public async Task Hostile_webhook_requests_are_refused_before_anything_is_read()
    {
        await using var server = await ApiServer.StartAsync(configure: services => services.Configure<TextMessageOptions>(o =>
        {
            o.AccountSid = TwilioRecorder.AccountSid;
            o.AuthToken = TwilioRecorder.AuthToken;
            o.WebhookUrl = "https://confirm.example.org/api/v1/sms/inbound";
        }));
        using var plain = new HttpClient { BaseAddress = server.Address };

        using var big = new StringContent("Body=" + new string('x', 100_000), Encoding.UTF8, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await plain.PostAsync("sms/inbound", big)).StatusCode);
        using var json = new StringContent("{\"Body\":\"x\"}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await plain.PostAsync("sms/inbound", json)).StatusCode);
        using var empty = new FormUrlEncodedContent([]);
        Assert.Equal(HttpStatusCode.Forbidden, (await plain.PostAsync("sms/inbound", empty)).StatusCode);
    }
}
