using System.Net;
using Remediation.Notifications.Webhooks;

namespace Remediation.Notifications.Tests.Builders;

/// <summary>Name resolution as a test needs it: a fixed answer, or answers that change from one call to the next.</summary>
internal static class Resolvers
{
    public static IHostResolver Always(IPAddress address) => new Scripted([address]);

    /// <summary>The n-th call answers the n-th address (the last one from then on).</summary>
    public static IHostResolver Sequence(params IPAddress[] answers) => new Scripted(answers);

    private sealed class Scripted(IPAddress[] answers) : IHostResolver
    {
        private int calls;

        public Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref calls) - 1;
            return Task.FromResult<IReadOnlyList<IPAddress>>([answers[Math.Min(call, answers.Length - 1)]]);
        }
    }
}
