namespace Remediation.Domain.Keys;

/// <summary>
/// The key ring from configuration (section <c>Remediation:Keys</c>): <c>Current</c>, the id of the key that
/// protects what is written now, and <c>Ring:{id}</c>, each key as base64 (at least 32 bytes; in Azure a Key Vault
/// reference). Rotate by adding a key, making it current, and keeping the old one for what it protected.
/// Development with nothing configured uses <see cref="DevelopmentKey"/>, which is refused anywhere else.
/// </summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "Remediation:Keys";

    /// <summary>A key for a developer's own machine only: it is in the source code, so it protects nothing.</summary>
    public const string DevelopmentKey = "ZGV2ZWxvcG1lbnQgb25seTogdGhpcyBrZXkgaXMgbm90IGEgc2VjcmV0ISE=";

    public const string DevelopmentKeyId = "dev";

    public string? Current { get; set; }

    public Dictionary<string, string> Ring { get; set; } = new(StringComparer.Ordinal);

    public IEnumerable<string> Problems(bool development)
    {
        if (Ring.Count == 0 && string.IsNullOrEmpty(Current))
        {
            if (!development)
            {
                yield return $"{SectionName}: set {SectionName}:Current to a key id and {SectionName}:Ring:<id> to a base64 key " +
                    $"of at least {KeyRing.MinimumKeyBytes} bytes " +
                    "(in Azure, a Key Vault reference); it seals the timelines and encrypts secrets at rest.";
            }

            yield break;
        }

        if (string.IsNullOrEmpty(Current) || !Ring.ContainsKey(Current))
        {
            yield return $"{SectionName}:Current must name one of the keys in {SectionName}:Ring (got '{Current}').";
        }

        foreach (var (id, value) in Ring)
        {
            if (!IsId(id))
            {
                yield return $"{SectionName}:Ring: a key id is 1 to 32 letters, digits or '-' (got '{id}').";
            }
            else if (Decode(value) is not { Length: >= KeyRing.MinimumKeyBytes })
            {
                yield return $"{SectionName}:Ring:{id} must be base64 of at least {KeyRing.MinimumKeyBytes} random bytes (openssl rand -base64 32).";
            }
            else if (!development && value == DevelopmentKey)
            {
                yield return $"{SectionName}:Ring:{id} is the development key, which is published in the source code; generate a key of your own.";
            }
        }
    }

    /// <summary>The ring these options describe (the development key when none is configured).</summary>
    public KeyRing ToRing() => Ring.Count == 0
        ? new KeyRing(DevelopmentKeyId, new Dictionary<string, byte[]> { [DevelopmentKeyId] = Convert.FromBase64String(DevelopmentKey) })
        : new KeyRing(Current!, Ring.ToDictionary(k => k.Key, k => Decode(k.Value)!, StringComparer.Ordinal));

    private static bool IsId(string id) => id.Length is > 0 and <= 32 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static byte[]? Decode(string value)
    {
        try
        {
            return Convert.FromBase64String(value ?? string.Empty);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
