namespace Remediation.Notifications;

/// <summary>Bound from <c>Remediation:Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Remediation:Notifications";

    /// <summary>Where the API is reached from outside (links to cases, the CloudEvents source). Empty: links are relative.</summary>
    public string? PublicBaseUrl { get; set; }

    public WebhookOptions Webhooks { get; set; } = new();

    public EmailOptions Email { get; set; } = new();

    /// <summary>How many deliveries one standalone server attempts at once.</summary>
    public int Concurrency { get; set; } = 32;

    /// <summary>At most this many deliveries to one endpoint at once, so a slow endpoint cannot hold up the others.</summary>
    public int ConcurrencyPerEndpoint { get; set; } = 8;
}

public sealed class WebhookOptions
{
    /// <summary>An endpoint that has not answered within this is a failed attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Address ranges (CIDR) an operator allows although they are private, e.g. "10.20.0.0/16".</summary>
    public IList<string> AllowedRanges { get; } = [];

    /// <summary>Loopback endpoints, over http too: set by the hosts in Development only.</summary>
    public bool AllowLoopback { get; set; }
}

public sealed class EmailOptions
{
    /// <summary>The SMTP server; empty means no e-mail is sent.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. "Remediation &lt;notifications@example.org&gt;".</summary>
    public string From { get; set; } = "Remediation <notifications@localhost>";

    /// <summary>The caseworker team's addresses, separated by ';'.</summary>
    public string? Caseworkers { get; set; }

    /// <summary>
    /// Each partner's and supplier's addresses: a list (Parties:0:PartyId, Parties:0:Addresses), since party ids
    /// may hold characters that app setting names may not.
    /// </summary>
    public IList<PartyAddresses> Parties { get; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IReadOnlyList<string> AddressesOf(Domain.Notifications.Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var lists = recipient.Role == Domain.Parties.Role.Caseworker
            ? [Caseworkers]
            : Parties.Where(p => p.PartyId == recipient.PartyId).Select(p => p.Addresses);
        return [.. lists
            .OfType<string>()
            .SelectMany(l => l.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}

/// <summary>Where one partner or supplier is e-mailed.</summary>
public sealed class PartyAddresses
{
    public string? PartyId { get; set; }

    /// <summary>Addresses separated by ';'.</summary>
    public string? Addresses { get; set; }
}
