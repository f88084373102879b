namespace Remediation.Api.Confirmations;

/// <summary>
/// The worker page (section <c>Remediation:WorkerPage</c>): the public address slips and QR codes print, and how many
/// tries a client address and a code get. A code has 54 random bits: at ten wrong tries an hour from an address, finding
/// one of a million live codes takes about 2 billion years of one address's tries.
/// </summary>
public sealed class WorkerPageOptions
{
    public const string SectionName = "Remediation:WorkerPage";

    /// <summary>
    /// The worker page's public address, without the code (<c>https://confirm.example.org/confirm</c>); the standalone
    /// server uses its own <c>/confirm</c> when this is not set.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Code look-ups and answers an address may make per hour (an NGO office may share one address).</summary>
    public int TriesPerHourPerAddress { get; set; } = 120;

    /// <summary>Look-ups of codes that do not exist (or no longer work) an address may make per hour.</summary>
    public int WrongCodesPerHourPerAddress { get; set; } = 10;

    /// <summary>Look-ups and answers of one code per hour, from anywhere.</summary>
    public int TriesPerHourPerCode { get; set; } = 30;

    /// <summary>Look-ups of codes that do not work per minute on one instance, from all addresses together.</summary>
    public int WrongCodesPerMinute { get; set; } = 600;

    public IEnumerable<string> Problems()
    {
        if (PublicUrl is { Length: > 0 } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Query.Length > 0))
        {
            yield return $"{SectionName}:PublicUrl must be an absolute http(s) address without a query (got '{url}').";
        }

        foreach (var (name, value) in new[]
                 {
                     (nameof(TriesPerHourPerAddress), TriesPerHourPerAddress), (nameof(WrongCodesPerHourPerAddress), WrongCodesPerHourPerAddress),
                     (nameof(TriesPerHourPerCode), TriesPerHourPerCode), (nameof(WrongCodesPerMinute), WrongCodesPerMinute),
                 })
        {
            if (value < 1)
            {
                yield return $"{SectionName}:{name} must be at least 1 (got {value}).";
            }
        }
    }

    /// <summary>The address a slip prints for <paramref name="code"/>.</summary>
    public Uri AddressFor(string code) => new($"{(PublicUrl ?? "http://127.0.0.1:5080/confirm").TrimEnd('/')}/{code}");
}
