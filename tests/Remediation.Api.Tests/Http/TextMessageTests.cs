using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Remediation.Api.Confirmations.TextMessages;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Http;

/// <summary>A worker without a smartphone texts the code and an answer; Twilio's signed webhook records it and a reply goes back.</summary>
public class TextMessageTests
{
    private const string WebhookUrl = "https://confirm.example.org/api/v1/sms/inbound";

    [Fact]
    public async Task A_signed_text_records_the_answer_and_the_worker_gets_a_reply_in_their_language()
    {
        var twilio = new TwilioRecorder();
        await using var server = await StartAsync(twilio);
        using var caseworker = server.Client(server.Keys.Caseworker);
        var caseId = await Journeys.ToVerificationAsync(server, "SMS-1", workers: 2);
        var codes = await Journeys.CodesAsync(server, caseId, new { sample = true });

        var answered = await TextAsync(server, $"{codes["W-1"].ToLowerInvariant().Replace("-", " ")} 2 15000 P");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("text/xml", answered.Content.Headers.ContentType!.MediaType);
        await server.WaitForAsync(caseId, c => c.Stage == "Reimbursement" && c.Priority == "priority", "the disputed, pressured answer");
        var line = (await caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}/workers")).GetProperty("items")[0];
        Assert.Equal("Disputed", line.GetProperty("status").GetString());

        var (uri, form) = Assert.Single(twilio.Sent);
        Assert.Equal($"/2010-04-01/Accounts/{TwilioRecorder.AccountSid}/Messages.json", uri.AbsolutePath);
        Assert.Equal(("+66800000001", "+66900000000"), (form["To"], form["From"]));
        Assert.Matches("[\u1000-\u109F]", form["Body"]); // Burmese, the worker's language from their nationality.

        // The same code again: already received.
        await TextAsync(server, $"{codes["W-1"]} 1");
        Assert.Equal(2, twilio.Sent.Count);
        Assert.DoesNotContain("W-1", string.Join(" ", twilio.Sent.Select(s => s.Form["Body"])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsigned_or_wrongly_signed_text_is_refused_and_changes_nothing()
    {
        var twilio = new TwilioRecorder();
        await using var server = await StartAsync(twilio);
        var caseId = await Journeys.ToVerificationAsync(server, "SMS-2", workers: 1);
        var codes = await Journeys.CodesAsync(server, caseId, new { sample = true });
        var before = await StorageSnapshot.QuietAsync(server);

        using var plain = new HttpClient { BaseAddress = server.Address };
        var fields = Fields($"{codes["W-1"]} 1");
        using var unsigned = new FormUrlEncodedContent(fields);
        Assert.Equal(HttpStatusCode.Forbidden, (await plain.PostAsync("sms/inbound", unsigned)).StatusCode);
        using var forged = new HttpRequestMessage(HttpMethod.Post, "sms/inbound") { Content = new FormUrlEncodedContent(fields) };
        forged.Headers.Add("X-Twilio-Signature", TwilioRecorder.Sign("https://elsewhere.example/sms", fields));
        Assert.Equal(HttpStatusCode.Forbidden, (await plain.SendAsync(forged)).StatusCode);

        Assert.Equal(before, await StorageSnapshot.TakeAsync(server));
        Assert.Empty(twilio.Sent);
    }

    [Fact]
    public async Task A_worker_who_texts_1_is_told_the_amount_they_confirmed()
    {
        var twilio = new TwilioRecorder();
        await using var server = await StartAsync(twilio);
        var caseId = await Journeys.ToVerificationAsync(server, "SMS-ALL", workers: 1);
        var codes = await Journeys.CodesAsync(server, caseId, new { sample = true });

        await TextAsync(server, $"{codes["W-1"]} 1");

        await server.WaitForAsync(caseId, c => c.Workers.ByStatus.GetValueOrDefault("Verified") == 1, "the confirmation");
        Assert.EndsWith("(20,000.50 THB)", Assert.Single(twilio.Sent).Form["Body"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_and_p_alone_report_pressure()
    {
        var twilio = new TwilioRecorder();
        await using var server = await StartAsync(twilio);
        var caseId = await Journeys.ToVerificationAsync(server, "SMS-P", workers: 1);
        var codes = await Journeys.CodesAsync(server, caseId, new { sample = true });

        await TextAsync(server, $"{codes["W-1"]} P");

        await server.WaitForAsync(caseId, c => c.Priority == "priority" && c.Stage == "Verification", "the report of pressure, the money unanswered");
        Assert.Matches("[\u1000-\u109F]", Assert.Single(twilio.Sent).Form["Body"]);
    }

    [Fact]
    public async Task A_mistyped_code_is_answered_with_how_to_send_it_again()
    {
        var twilio = new TwilioRecorder();
        await using var server = await StartAsync(twilio);
        await TextAsync(server, "ABCD EFGH JKMN 1");
        var (_, form) = Assert.Single(twilio.Sent);
        Assert.Contains("Check your code", form["Body"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABCD-EFGH-JKMN 1", "ABCD-EFGH-JKMN", "All", null, false)]
    [InlineData("abcd efgh jkmn 2 1,500.50 p", "ABCDEFGHJKMN", "Part", "1500.50", true)]
    [InlineData("ABCDEFGHJKMN 3 P", "ABCDEFGHJKMN", "None", null, true)]
    [InlineData("ABCDEFGHJKMN P", "ABCDEFGHJKMN", null, null, true)]
    public void A_text_is_read_as_code_answer_amount_and_pressure(string body, string code, string? answer, string? amount, bool pressure)
    {
        var read = TextAnswer.Parse(body)!;
        Assert.Equal((code, answer, amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), pressure),
            (read.Code, read.Answer?.ToString(), read.Amount, read.Pressure));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCDEFGHJKMN 2")]
    [InlineData("   ")]
    public void A_text_that_cannot_be_an_answer_is_not_read(string body) => Assert.Null(TextAnswer.Parse(body));

    private static Task<ApiServer> StartAsync(TwilioRecorder twilio) => ApiServer.StartAsync(configure: services =>
    {
        services.Configure<TextMessageOptions>(o =>
        {
            o.AccountSid = TwilioRecorder.AccountSid;
            o.AuthToken = TwilioRecorder.AuthToken;
            o.WebhookUrl = WebhookUrl;
        });
        services.AddHttpClient(TextReplies.ClientName).ConfigurePrimaryHttpMessageHandler(() => twilio);
    });

    private static List<KeyValuePair<string, string>> Fields(string body) =>
    [
        new("AccountSid", TwilioRecorder.AccountSid), new("MessageSid", "SM" + Guid.NewGuid().ToString("N")),
        new("From", "+66800000001"), new("To", "+66900000000"), new("Body", body), new("NumMedia", "0"),
    ];

    private static async Task<HttpResponseMessage> TextAsync(ApiServer server, string body)
    {
        using var plain = new HttpClient { BaseAddress = server.Address };
        var fields = Fields(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "sms/inbound") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", TwilioRecorder.Sign(WebhookUrl, fields));
        return await plain.SendAsync(request);
    }
}
