using Microsoft.DurableTask.Client;

namespace Remediation.Workflows.Sending;

/// <summary>
/// Where the durable client comes from: one client for the whole process (standalone server, tests), or the one
/// the Functions host binds to each invocation (<c>[DurableClient]</c>).
/// </summary>
public interface IDurableClientSource
{
    DurableTaskClient Client { get; }
}

/// <summary>The process-wide client from dependency injection.</summary>
public sealed class RegisteredDurableClient(DurableTaskClient client) : IDurableClientSource
{
    public DurableTaskClient Client => client;
}
