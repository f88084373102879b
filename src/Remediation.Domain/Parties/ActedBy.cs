namespace Remediation.Domain.Parties;

/// <summary>
/// The one who acted, for accountability: a person signed in with OpenID Connect or a machine client (both by their
/// membership id), or an API key (by its id). The name is a snapshot to show; the id is what stays stable.
/// </summary>
public sealed record ActedBy(ActedByKind Kind, string Id, string? Name)
{
    /// <summary>Longest display name kept: a token's name claim is the person's to choose.</summary>
    public const int MaxNameLength = 200;

    public static ActedBy Key(string id, string? label) => new(ActedByKind.Key, id, Trimmed(label));

    public static ActedBy Person(string memberId, string? name) => new(ActedByKind.Person, memberId, Trimmed(name));

    public static ActedBy Client(string memberId, string? name) => new(ActedByKind.Client, memberId, Trimmed(name));

    /// <summary>Control characters dropped and the length capped: a name is shown in pages, mails and PDFs.</summary>
    public static string? Trimmed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var clean = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length == 0 ? null : clean.Length > MaxNameLength ? clean[..MaxNameLength] : clean;
    }
}

public enum ActedByKind
{
    Key,
    Person,
    Client,
}
