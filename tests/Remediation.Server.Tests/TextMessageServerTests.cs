using System.Net;
using Remediation.Api.Tests.Builders;

namespace Remediation.Server.Tests;

/// <summary>
/// A worker's text message on the real standalone server: Twilio's signed webhook in, the answer in the ledger, and the
/// reply out through the Twilio SDK to a local stand-in for Twilio's API (Remediation:Sms:ApiBaseUrl).
/// </summary>
public class TextMessageServerTests
{
    private const string WebhookUrl = "https://confirm.example.org/api/v1/sms/inbound";

    [Fact]
    public async Task A_signed_text_answers_for_the_worker_and_the_reply_goes_out_through_twilios_api()
    {
        using var twilio = new HttpListener();
        var port = Remediation.Development.LoopbackPort.Free();
        twilio.Prefixes.Add($"http://127.0.0.1:{port}/");
        twilio.Start();
        var replies = new List<string>();
        var serving = Task.Run(async () =>
        {
            while (twilio.IsListening)
            {
                var context = await twilio.GetContextAsync();
                using (var reader = new StreamReader(context.Request.InputStream))
                {
                    lock (replies)
                    {
                        replies.Add($"{context.Request.Url!.AbsolutePath}?{WebUtility.UrlDecode(reader.ReadToEnd())}");
                    }
                }

                context.Response.StatusCode = 201;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync("{\"sid\":\"SM1\",\"status\":\"queued\"}"u8.ToArray());
                context.Response.Close();
            }
        });

        await using var server = await ServerProcess.StartAsync(settings: new Dictionary<string, string>
        {
            ["Remediation__Sms__AccountSid"] = TwilioRecorder.AccountSid,
            ["Remediation__Sms__AuthToken"] = TwilioRecorder.AuthToken,
            ["Remediation__Sms__WebhookUrl"] = WebhookUrl,
            ["Remediation__Sms__ApiBaseUrl"] = $"http://127.0.0.1:{port}",
        });
        using var api = await ApiDriver.ConnectAsync(server);
        var caseId = await api.OpenAsync("MWRN-SMS", workers: 1);
        await CaseJourneys.DriveToAsync(api, caseId, 4);
        await api.WaitAsync(caseId, v => ApiDriver.Stage(v) == "Verification");
        var code = (await api.SampleCodesAsync(caseId)).Values.Single();

        List<KeyValuePair<string, string>> fields =
        [
            new("AccountSid", TwilioRecorder.AccountSid), new("MessageSid", "SM00000000000000000000000000000001"),
            new("From", "+66800000002"), new("To", "+66900000000"), new("Body", $"{code} 3"),
        ];
        using var plain = new HttpClient { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "sms/inbound") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", TwilioRecorder.Sign(WebhookUrl, fields));
        var answered = await plain.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        await api.WaitAsync(caseId, v => ApiDriver.Stage(v) == "Reimbursement");
        var line = Assert.Single(await api.LinesAsync(caseId));
        Assert.Equal(line.Paid + line.Outstanding, line.Claimed);
        Assert.True(line.Outstanding > 0);
        string reply;
        lock (replies)
        {
            reply = Assert.Single(replies);
        }

        Assert.StartsWith($"/2010-04-01/Accounts/{TwilioRecorder.AccountSid}/Messages.json?", reply, StringComparison.Ordinal);
        Assert.Contains("To=+66800000002", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("+66800000002", server.Output, StringComparison.Ordinal);
        twilio.Stop();
    }
}
