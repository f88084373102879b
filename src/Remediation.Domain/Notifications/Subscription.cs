namespace Remediation.Domain.Notifications;

/// <summary>
/// A webhook endpoint a party registered. <see cref="Events"/> empty means every kind. While a rotated secret's
/// overlap lasts, <see cref="PreviousSecret"/> signs too, so receivers can switch without losing a delivery.
/// </summary>
public sealed record Subscription(
    string Id,
    Recipient Owner,
    Uri Url,
    IReadOnlySet<NotificationKind> Events,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset CreatedAt,
    string Secret,
    string? PreviousSecret,
    DateTimeOffset? PreviousSecretExpiresAt)
{
    /// <summary>The version (ETag) the subscription was read at; a replacement of an older version is refused.</summary>
    public string? Version { get; init; }

    public bool Wants(NotificationKind kind) => Enabled && (Events.Count == 0 || Events.Contains(kind));

    /// <summary>The secrets that sign a delivery sent at <paramref name="now"/>: the current one, and the previous one during its overlap.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousSecret is { } previous && PreviousSecretExpiresAt > now ? [Secret, previous] : [Secret];
}
