using System.Net;
using System.Text;

namespace Remediation.Web.Tests.Builders;

/// <summary>
/// The API as a component test needs it: canned answers by method and path (under /api/v1/), and the requests
/// the component sent. The browser tests talk to the real server instead.
/// </summary>
internal sealed class FakeApi : HttpMessageHandler
{
    private readonly Dictionary<string, (HttpStatusCode Status, string Body, string ContentType)> answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<string>> turns = new(StringComparer.Ordinal);

    /// <summary>What was sent: method, path, body and the media types it asked for (Accept).</summary>
    public List<(HttpMethod Method, string Path, string? Body, string Accept)> Requests { get; } = [];

    /// <summary>Each request's path with its query, decoded, in the order sent: what a list's sorting and filtering asked for.</summary>
    public List<string> Addresses { get; } = [];

    public FakeApi Answer(string method, string path, string json, HttpStatusCode status = HttpStatusCode.OK)
    {
        answers[$"{method} {path}"] = (status, json, status >= HttpStatusCode.BadRequest ? "application/problem+json" : "application/json");
        return this;
    }

    /// <summary>Answers each request in turn with the next body (pages of a list), the last one from then on.</summary>
    public FakeApi AnswerInTurn(string method, string path, params string[] bodies)
    {
        turns[$"{method} {path}"] = new Queue<string>(bodies);
        return Answer(method, path, bodies[^1]);
    }

    /// <summary>GET /me: a key with that role (and party), or a person with that name when <paramref name="person"/> is given.</summary>
    public FakeApi Me(string role, string? partyId = null, string? person = null)
    {
        var party = partyId is null ? string.Empty : $",\"partyId\":\"{partyId}\"";
        var actedBy = person is null
            ? """{"kind":"key","id":"key-1","name":"test key"}"""
            : $$"""{"kind":"person","id":"mem_1","name":"{{person}}"}""";
        return Answer("GET", "me", $$"""{"role":"{{role}}"{{party}},"keyId":"key-1","actedBy":{{actedBy}}}""");
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath["/api/v1/".Length..];
        Addresses.Add(Uri.UnescapeDataString(request.RequestUri.PathAndQuery["/api/v1/".Length..]));
        Requests.Add((
            request.Method,
            path,
            request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken),
            request.Headers.Accept.ToString()));
        var key = $"{request.Method} {path}";
        if (turns.TryGetValue(key, out var next) && next.Count > 1)
        {
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(next.Dequeue(), Encoding.UTF8, "application/json") };
        }

        return answers.TryGetValue(key, out var answer)
            ? new HttpResponseMessage(answer.Status) { Content = new StringContent(answer.Body, Encoding.UTF8, answer.ContentType) }
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("""{"type":"/api/v1/problems/not-found","title":"Not Found","status":404,"detail":"Not here.","traceId":"t"}""", Encoding.UTF8, "application/problem+json") };
    }
}
