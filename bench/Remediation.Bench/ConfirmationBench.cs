using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Remediation.Web.Tests.Browser;

namespace Remediation.Bench;

/// <summary>
/// Workers' confirmations on the Cal-Comp case (10,570 workers, in Verification): the sample drawn and drawn again from its
/// seed, codes issued for it (JSON and slips), answers per second through the worker page against the partner's receipts
/// through the API (same run), and the worker page on a slow-3G phone against the smallest answer the server gives.
/// </summary>
internal static partial class ConfirmationBench
{
    public static async Task<List<(string Figure, string Value)>> RunAsync(ServerUnderTest server, ServerBench bench, int answers)
    {
        var rows = new List<(string, string)>();
        await bench.CalCompAsync();
        var caseId = bench.CalCompCaseId!;

        var watch = Stopwatch.StartNew();
        var (same, size, strata, sample) = await SampleRedraw.RunAsync(server.Caseworker, caseId);
        rows.Add(("sample of the 10,570-worker case", $"{size:N0} workers in {strata} strata; redrawn from seed {sample.GetProperty("seed").GetString()}: " +
            (same ? "the same workers" : "DIFFERENT")));
        rows.Add(("read the sample and the ledger, and redraw (s)", Seconds(watch)));
        foreach (var line in SampleRedraw.Table(sample))
        {
            Console.WriteLine(line);
        }

        watch.Restart();
        var issued = await server.Partner.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", new { sample = true });
        if (!issued.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Codes were not issued: {(int)issued.StatusCode} {(await issued.Content.ReadAsStringAsync())[..Math.Min(2000, (int)(issued.Content.Headers.ContentLength ?? 2000))]}");
        }

        rows.Add(($"issue {size:N0} codes, JSON (s)", Seconds(watch)));
        var codes = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes").EnumerateArray()
            .Select(c => c.GetProperty("code").GetString()!).ToList();

        using (var request = new HttpRequestMessage(HttpMethod.Post, $"cases/{caseId}/confirmation-codes") { Content = JsonContent.Create(new { sample = true }) })
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
            watch.Restart();
            var slips = await server.Partner.SendAsync(request);
            slips.EnsureSuccessStatusCode();
            var bytes = (await slips.Content.ReadAsByteArrayAsync()).Length;
            rows.Add(($"issue {size:N0} codes as printable slips (s; PDF size)", $"{Seconds(watch)}; {bytes / 1_048_576.0:F1} MB"));
            codes = await ReissueJsonAsync(server, caseId); // the slips replaced the JSON batch's codes
        }

        var (pageBytes, pageMs, floorMs) = await SlowPhoneAsync(server.Address, codes[^1]);
        rows.Add(("worker page on slow 3G: bytes moved (page with the code)", pageBytes.ToString("N0", CultureInfo.InvariantCulture)));
        rows.Add(("worker page on slow 3G: until usable (load event), ms", $"{pageMs:F0} (same run, the server's smallest answer, /healthz: {floorMs:F0})"));

        var (perSecond, p50, p95) = await AnswersAsync(server.Address, codes.Take(Math.Min(answers, codes.Count - 1)).ToList());
        rows.Add(($"answers through the worker page ({Math.Min(answers, codes.Count - 1)}, 8 phones at once), per second",
            $"{perSecond:F1} (p50 {p50:F0} ms, p95 {p95:F0} ms)"));
        var baseline = await PartnerReceiptsAsync(server, caseId, 200);
        rows.Add(("same run: partner's receipts, one worker per command with Prefer: wait (200, 8 at once), per second", $"{baseline:F1}"));
        rows.Add(("a campaign of 10,000 answers within an hour needs, per second", "2.8"));
        return rows;
    }

    private static async Task<List<string>> ReissueJsonAsync(ServerUnderTest server, string caseId)
    {
        var issued = await server.Partner.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", new { sample = true });
        return [.. (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString()!)];
    }

    /// <summary>Each phone opens the form (its anti-forgery token) and sends a code with "all" and "no".</summary>
    private static async Task<(double PerSecond, double P50, double P95)> AnswersAsync(Uri api, IReadOnlyList<string> codes)
    {
        var site = new Uri(api, "/");
        var times = new System.Collections.Concurrent.ConcurrentBag<double>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(codes, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (code, ct) =>
        {
            using var phone = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = site };
            var started = Stopwatch.GetTimestamp();
            var form = await phone.GetStringAsync("confirm", ct);
            var token = Token().Match(form).Groups[1].Value;
            using var answer = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["code"] = code, ["answer"] = "all", ["pressure"] = "no", ["lang"] = "en",
            });
            var reply = await phone.PostAsync("confirm", answer, ct);
            var text = await reply.Content.ReadAsStringAsync(ct);
            if (reply.StatusCode != HttpStatusCode.OK || !text.Contains("Nothing more is needed", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"An answer was not recorded: {(int)reply.StatusCode}");
            }

            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        });
        return (codes.Count / watch.Elapsed.TotalSeconds, Percentiles.Of([.. times], 50), Percentiles.Of([.. times], 95));
    }

    /// <summary>The partner records one worker's receipt per command, waiting for each: the same command path, keyed.</summary>
    private static async Task<double> PartnerReceiptsAsync(ServerUnderTest server, string caseId, int count)
    {
        var lines = new List<(string Ref, decimal Amount)>();
        var page = await server.Caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}/workers?pageSize=1000");
        foreach (var line in page.GetProperty("items").EnumerateArray().Where(l => l.GetProperty("status").GetString() == "Paid").Take(count))
        {
            lines.Add((line.GetProperty("ref").GetString()!,
                decimal.Parse(line.GetProperty("payments")[0].GetProperty("amount").GetProperty("amount").GetString()!, CultureInfo.InvariantCulture)));
        }

        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(lines, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (line, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"cases/{caseId}/verifications")
            {
                Content = JsonContent.Create(new
                {
                    receipts = new[] { new { @ref = line.Ref, receiptId = "RC-" + line.Ref, received = true, amount = line.Amount, currency = "THB", method = "interview", confirmedOn = "2020-01-10" } },
                }),
            };
            request.Headers.Add("Prefer", "wait=10");
            var answered = await server.Partner.SendAsync(request, ct);
            if (!answered.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"A receipt was refused: {(int)answered.StatusCode} {await answered.Content.ReadAsStringAsync(ct)}");
            }
        });
        return lines.Count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>"Slow 3G" as Chromium's DevTools define it: 500 kbit/s each way at 0.8, 400 ms at 5 times.</summary>
    private static async Task<(double Bytes, double PageMs, double FloorMs)> SlowPhoneAsync(Uri api, string code)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = await Chromium.ExecutableAsync(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });

        async Task<(double Bytes, double Ms)> VisitAsync(string path)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
            var page = await context.NewPageAsync();
            var devtools = await context.NewCDPSessionAsync(page);
            await devtools.SendAsync("Network.enable");
            await devtools.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false, ["latency"] = 400 * 5, ["downloadThroughput"] = 500_000 / 8 * 0.8, ["uploadThroughput"] = 500_000 / 8 * 0.8,
            });
            var responses = new List<IResponse>();
            page.Response += (_, response) => responses.Add(response);
            var started = Stopwatch.GetTimestamp();
            await page.GotoAsync(new Uri(api, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            double bytes = 0;
            foreach (var response in responses)
            {
                var sizes = await response.Request.SizesAsync();
                bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            }

            await context.CloseAsync();
            return (bytes, ms);
        }

        var (pageBytes, pageMs) = await VisitAsync($"/confirm/{code}");
        var (_, floorMs) = await VisitAsync("/healthz");
        return (pageBytes, pageMs, floorMs);
    }

    private static string Seconds(Stopwatch watch) => watch.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
