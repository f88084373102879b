using Remediation.Domain.Parties;

namespace Remediation.Domain.Notifications;

/// <summary>Who a notification is for: a partner or supplier (with its party id), or the caseworker team (no party).</summary>
public sealed record Recipient(Role Role, string? PartyId)
{
    public static readonly Recipient Caseworkers = new(Role.Caseworker, null);

    /// <summary>A stable key: "partner:PART-1", "supplier:SUP-1", "caseworkers".</summary>
    public string Key => Role == Role.Caseworker ? "caseworkers" : $"{Role.ToString().ToLowerInvariant()}:{PartyId}";

    public static Recipient? FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == "caseworkers")
        {
            return Caseworkers;
        }

        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && key[..colon] switch { "partner" => Role.Partner, "supplier" => Role.Supplier, _ => (Role?)null } is { } role
            ? new Recipient(role, key[(colon + 1)..])
            : null;
    }
}
