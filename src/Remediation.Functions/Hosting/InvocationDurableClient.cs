using Microsoft.DurableTask.Client;
using Remediation.Workflows.Sending;

namespace Remediation.Functions.Hosting;

/// <summary>
/// The durable client the Functions host binds to the current invocation (<c>[DurableClient]</c>), made available to
/// the shared services for the rest of that invocation.
/// </summary>
public sealed class InvocationDurableClient : IDurableClientSource
{
    private static readonly AsyncLocal<DurableTaskClient?> Current = new();

    public DurableTaskClient Client => Current.Value ?? throw new InvalidOperationException("No durable client is bound to this invocation.");

    public static void Use(DurableTaskClient client) => Current.Value = client;
}
