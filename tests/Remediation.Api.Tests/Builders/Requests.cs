using System.Net.Http.Json;

namespace Remediation.Api.Tests.Builders;

/// <summary>Requests as a client sends them, with the headers a test asks for.</summary>
internal static class Requests
{
    /// <summary>A JSON POST, with an Idempotency-Key and <c>Prefer: wait</c> when given.</summary>
    public static HttpRequestMessage Post(string path, object body, string? idempotencyKey = null, int? waitSeconds = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (waitSeconds is { } seconds)
        {
            request.Headers.Add("Prefer", $"wait={seconds}");
        }

        return request;
    }

    /// <summary>A JSON POST that waits up to 10 seconds for the command's outcome.</summary>
    public static HttpRequestMessage Waiting(string path, object body) => Post(path, body, waitSeconds: 10);
}
