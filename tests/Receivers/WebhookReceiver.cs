using System.Collections.Concurrent;
using System.Net;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Remediation.Development;
using StandardWebhooks;

namespace Remediation.Testing;

/// <summary>
/// A webhook endpoint on 127.0.0.1 as a partner would run one: every request is recorded, its signature checked with
/// the StandardWebhooks package (an implementation independent of ours) under the secret trusted for its path, and
/// its body read as a CloudEvent by the CloudEvents SDK. What it answers is up to the test.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, string> secrets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();
    private readonly ConcurrentDictionary<string, int> attemptsById = new(StringComparer.Ordinal);
    private volatile Func<string, int, Task<int>> answer = (_, _) => Task.FromResult(200);

    private WebhookReceiver(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
    }

    public int Port { get; }

    public IReadOnlyList<ReceivedWebhook> Received => [.. received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, port);
        app.MapPost("/{**path}", (Delegate)receiver.ReceiveAsync);
        await app.StartAsync();
        return receiver;
    }

    public Uri UrlFor(string path) => new($"http://127.0.0.1:{Port}/{path}");

    /// <summary>Deliveries to <paramref name="path"/> are verified with <paramref name="secret"/>.</summary>
    public void Trust(string path, string secret) => secrets[path] = secret;

    /// <summary>What to answer: given the path and the how-many-th request with this webhook-id (1, 2, ...), a status code.</summary>
    public void AnswerWith(Func<string, int, int> statusFor) => answer = (path, n) => Task.FromResult(statusFor(path, n));

    /// <summary>As <see cref="AnswerWith(Func{string, int, int})"/>, taking its time (a slow endpoint).</summary>
    public void AnswerWith(Func<string, int, Task<int>> statusFor) => answer = statusFor;

    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> condition, string what, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var now = Received;
            if (condition(now))
            {
                return now;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Timed out waiting for {what}; received {now.Count}: {string.Join(", ", now.Select(r => $"{r.Path}:{r.Event?.Type}"))}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpContext context, string path)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var id = context.Request.Headers["webhook-id"].ToString();
        string? problem = null;
        if (!secrets.TryGetValue(path, out var secret))
        {
            problem = "no secret trusted for this path";
        }
        else
        {
            try
            {
                new StandardWebhook(secret).Verify(body, context.Request.Headers);
            }
            catch (Exception e)
            {
                problem = e.Message;
            }
        }

        CloudEvent? cloudEvent = null;
        try
        {
            cloudEvent = new JsonEventFormatter().DecodeStructuredModeMessage(System.Text.Encoding.UTF8.GetBytes(body), new System.Net.Mime.ContentType(context.Request.ContentType!), null);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or System.Text.Json.JsonException)
        {
            problem ??= "not a CloudEvent: " + e.Message;
        }

        var attempt = attemptsById.AddOrUpdate(id, 1, (_, n) => n + 1);
        var status = await answer(path, attempt);
        received.Enqueue(new ReceivedWebhook(
            path, id, context.Request.Headers["webhook-timestamp"].ToString(), context.Request.Headers["webhook-signature"].ToString(),
            context.Request.ContentType ?? string.Empty, body, problem, cloudEvent, status, DateTimeOffset.UtcNow));
        return Results.StatusCode(status);
    }
}

/// <summary>One request as the receiver saw it. <see cref="Problem"/> is null when its signature verified and its body is a CloudEvent.</summary>
internal sealed record ReceivedWebhook(
    string Path, string WebhookId, string Timestamp, string Signature, string ContentType, string Body, string? Problem, CloudEvent? Event, int AnsweredWith, DateTimeOffset At)
{
    public bool Verified => Problem is null;

    public string? Type => Event?.Type;

    public System.Text.Json.JsonElement Data => System.Text.Json.JsonDocument.Parse(Body).RootElement.GetProperty("data");
}
