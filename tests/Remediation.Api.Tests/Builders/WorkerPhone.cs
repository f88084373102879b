using System.Net;
using System.Text.RegularExpressions;

namespace Remediation.Api.Tests.Builders;

/// <summary>
/// A worker's phone browser on the worker page: plain HTTP with cookies (the anti-forgery cookie), no script, sending
/// the forms back as a browser would, with the token from the page it last read.
/// </summary>
internal sealed partial class WorkerPhone : IDisposable
{
    private readonly CookieContainer cookies = new();
    private readonly HttpClient client;
    private string? token;

    public WorkerPhone(ApiServer server)
    {
        client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(server.Address, "/"),
        };
    }

    public HttpResponseMessage? Last { get; private set; }

    public string Html { get; private set; } = string.Empty;

    public IEnumerable<Cookie> Cookies => cookies.GetAllCookies();

    public Task<HttpStatusCode> OpenAsync(string path, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return SendAsync(request);
    }

    /// <summary>Sends the form with the token of the page last read.</summary>
    public Task<HttpStatusCode> PostAsync(params (string Name, string Value)[] fields)
    {
        var all = fields.ToList();
        if (token is not null)
        {
            all.Add(("__RequestVerificationToken", token));
        }

        return SendAsync(new HttpRequestMessage(HttpMethod.Post, "confirm")
        {
            Content = new FormUrlEncodedContent(all.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        });
    }

    /// <summary>The value of a hidden field of the page last read.</summary>
    public string Field(string name) =>
        Regex.Match(Html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]+)\"").Groups[1].Value;

    public void Dispose() => client.Dispose();

    private async Task<HttpStatusCode> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            Last = await client.SendAsync(request);
            Html = await Last.Content.ReadAsStringAsync();
            var match = Token().Match(Html);
            token = match.Success ? match.Groups[1].Value : token;
            return Last.StatusCode;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
