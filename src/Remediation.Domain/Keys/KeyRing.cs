using System.Security.Cryptography;
using System.Text;

namespace Remediation.Domain.Keys;

/// <summary>
/// The server's secret keys, by id, and which one is current. Each use (the timeline's seal, secrets kept at rest,
/// continuation tokens) gets a key of its own derived with HKDF, so no two uses ever share a key. Whatever a key
/// protects records the key's id, so keys rotate: a new current key protects what is written from then on, and the
/// older ones stay in the ring for what they protected. The keys come from configuration (in Azure, Key Vault
/// references), never from storage: someone who can write the tables cannot forge a seal or read a secret.
/// </summary>
public sealed class KeyRing
{
    public const int MinimumKeyBytes = 32;

    private readonly Dictionary<string, byte[]> keys;
    private readonly Dictionary<(string Purpose, string Id), byte[]> derived = [];
    private readonly Lock gate = new();

    public KeyRing(string currentId, IReadOnlyDictionary<string, byte[]> keys)
    {
        ArgumentException.ThrowIfNullOrEmpty(currentId);
        ArgumentNullException.ThrowIfNull(keys);
        if (!keys.ContainsKey(currentId))
        {
            throw new ArgumentException($"The current key {currentId} is not in the ring.", nameof(currentId));
        }

        if (keys.Values.Any(k => k.Length < MinimumKeyBytes))
        {
            throw new ArgumentException($"Every key has at least {MinimumKeyBytes} bytes.", nameof(keys));
        }

        CurrentId = currentId;
        this.keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
    }

    public string CurrentId { get; }

    public IReadOnlyCollection<string> Ids => keys.Keys;

    /// <summary>A ring of one new random key (tests, and a first start with nothing configured in development).</summary>
    public static KeyRing Generate(string id = "k1") =>
        new(id, new Dictionary<string, byte[]> { [id] = RandomNumberGenerator.GetBytes(MinimumKeyBytes) });

    /// <summary>The current key for <paramref name="purpose"/>.</summary>
    public byte[] Current(KeyPurpose purpose) => Find(purpose, CurrentId)!;

    /// <summary>The key for <paramref name="purpose"/> derived from key <paramref name="id"/>; null when the ring no longer holds it.</summary>
    public byte[]? Find(KeyPurpose purpose, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!keys.TryGetValue(id, out var master))
        {
            return null;
        }

        lock (gate)
        {
            if (!derived.TryGetValue((purpose.Name, id), out var key))
            {
                key = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, salt: [], info: Encoding.UTF8.GetBytes("remediation/" + purpose.Name));
                derived[(purpose.Name, id)] = key;
            }

            return key;
        }
    }
}

/// <summary>What a derived key is for; each purpose has keys of its own.</summary>
public sealed record KeyPurpose(string Name)
{
    /// <summary>HMAC of each timeline entry (the tamper-evident chain).</summary>
    public static readonly KeyPurpose Timeline = new("timeline");

    /// <summary>AES-GCM of secrets kept at rest (webhook signing secrets).</summary>
    public static readonly KeyPurpose Secrets = new("secrets");

    /// <summary>AES-GCM of continuation tokens, which hold storage keys.</summary>
    public static readonly KeyPurpose Paging = new("paging");

    /// <summary>HMAC of workers' confirmation codes: what is stored instead of the codes.</summary>
    public static readonly KeyPurpose ConfirmationCodes = new("confirmation-codes");

    /// <summary>HMAC of the phone numbers that text an answer, for rate limits only (the numbers are never stored).</summary>
    public static readonly KeyPurpose PhoneNumbers = new("phone-numbers");
}
