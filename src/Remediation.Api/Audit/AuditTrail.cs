using Microsoft.Extensions.Caching.Memory;
using Remediation.Domain.Audit;
using Remediation.Domain.Parties;

namespace Remediation.Api.Audit;

/// <summary>
/// Writes the admin audit log. Events that a caller can repeat at will (a refused token, a sign-in seen on every request)
/// are written once per key and window, so nobody can flood the log or make every request a write.
/// </summary>
public sealed class AuditTrail(IAuditLog log, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache written = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public Task RecordAsync(string kind, ActedBy? by, string? target, string detail, CancellationToken cancellationToken) =>
        log.AppendAsync(AuditRecord.Of(clock.GetUtcNow(), kind, by, target, detail), cancellationToken);

    /// <summary>Records the event unless one with the same <paramref name="once"/> key was recorded within <paramref name="window"/>.</summary>
    public async Task RecordOnceAsync(
        string once, TimeSpan window, string kind, ActedBy? by, string? target, string detail, CancellationToken cancellationToken)
    {
        if (written.TryGetValue(once, out _))
        {
            return;
        }

        written.Set(once, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = window });
        await RecordAsync(kind, by, target, detail, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => written.Dispose();
}
