namespace Remediation.Contracts.Health;

/// <summary>GET /healthz (alive) and GET /readyz (storage and the durable engine reachable).</summary>
public sealed record HealthReport
{
    /// <summary>"alive", "ready" or "unavailable".</summary>
    public required string Status { get; init; }

    /// <summary>Each dependency checked and whether it answered ("ok" or what failed).</summary>
    public IReadOnlyDictionary<string, string>? Checks { get; init; }
}
