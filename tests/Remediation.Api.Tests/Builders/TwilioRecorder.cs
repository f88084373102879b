using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Remediation.Api.Tests.Builders;

/// <summary>
/// Twilio's side of a text conversation: signs webhook requests as Twilio does (HMAC-SHA1 of the address and the sorted
/// parameters under the auth token), and stands in for its REST API as the SDK's HTTP handler, recording each reply.
/// </summary>
internal sealed class TwilioRecorder : HttpMessageHandler
{
    public const string AccountSid = "AC00000000000000000000000000000001";
    public const string AuthToken = "test-auth-token-0123456789abcdef";

    public ConcurrentQueue<(Uri Uri, Dictionary<string, string> Form)> Sent { get; } = new();

    public static string Sign(string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (key, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(key).Append(value);
        }

#pragma warning disable CA5350 // Twilio signs its webhooks with HMAC-SHA1: this is its format, not our choice.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(AuthToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p.Length > 1 ? p[1] : string.Empty));
        Sent.Enqueue((request.RequestUri!, form));
        return new HttpResponseMessage(HttpStatusCode.Created)
        {
            Content = new StringContent($"{{\"sid\":\"SM{Guid.NewGuid():N}\",\"status\":\"queued\"}}", Encoding.UTF8, "application/json"),
        };
    }
}
