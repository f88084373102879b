using System.Net;

namespace Remediation.Server.Tests;

/// <summary>Two servers on the same storage: a worker's form read from one is answered on the other.</summary>
public class WorkerPageScaleOutTests
{
    [Fact]
    public async Task A_form_read_on_one_server_is_answered_on_another_with_the_same_anti_forgery_keys()
    {
        await using var first = await ServerProcess.StartAsync();
        await using var second = await first.StartSiblingAsync();
        using var api = await ApiDriver.ConnectAsync(first);
        var caseId = await api.OpenAsync("MWRN-TWO-SERVERS", workers: 1);
        await CaseJourneys.DriveToAsync(api, caseId, 4);
        await api.WaitAsync(caseId, v => ApiDriver.Stage(v) == "Verification");
        var code = (await api.SampleCodesAsync(caseId)).Values.Single();

        // Cookies belong to the host, not the port: the phone's anti-forgery cookie goes to both servers.
        var cookies = new CookieContainer();
        using var toFirst = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(first.Address, "/") };
        using var toSecond = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(second.Address, "/") };
        var page = await toFirst.GetStringAsync($"confirm/{code}?lang=en");
        var token = ApiDriver.FormToken(page);
        using var answer = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["code"] = code, ["answer"] = "all", ["pressure"] = "no", ["lang"] = "en",
        });

        var reply = await toSecond.PostAsync("confirm", answer);

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Contains("Nothing more is needed from you", await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
