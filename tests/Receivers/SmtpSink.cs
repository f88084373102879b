using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using Remediation.Development;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Remediation.Testing;

/// <summary>A real SMTP server (the SmtpServer package) on 127.0.0.1 that keeps every message it is given.</summary>
internal sealed class SmtpSink : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<MimeMessage> messages = new();
    private readonly SmtpServer.SmtpServer server;

    private SmtpSink(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(messages));
        server = new SmtpServer.SmtpServer(options, services);
        _ = server.StartAsync(stop.Token);
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => [.. messages];

    public static SmtpSink Start() => new(LoopbackPort.Free());

    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(Func<IReadOnlyList<MimeMessage>, bool> condition, string what, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!condition(Messages))
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Timed out waiting for {what}; received {Messages.Count}: {string.Join(" | ", Messages.Select(m => m.Subject))}");
            }

            await Task.Delay(50);
        }

        return Messages;
    }

    public void Dispose()
    {
        server.Shutdown();
        stop.Cancel();
        stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : IMessageStore
    {
        public Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(MimeMessage.Load(stream, cancellationToken));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
