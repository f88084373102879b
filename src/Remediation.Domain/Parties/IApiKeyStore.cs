namespace Remediation.Domain.Parties;

/// <summary>API keys by the SHA-256 of their secret; the secret itself is never stored.</summary>
public interface IApiKeyStore
{
    Task AddAsync(ApiKey key, string secretHash, CancellationToken cancellationToken = default);

    Task<ApiKey?> FindAsync(string secretHash, CancellationToken cancellationToken = default);

    /// <summary>False when there is no key with that id.</summary>
    Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Records the secret with this hash as revoked (a key that lives in configuration, not in the store).</summary>
    /// <summary>Keys by id, for admins (never a secret or its hash).</summary>
    Task<Paging.Paged<ApiKey>> ListAsync(Paging.PageRequest page, CancellationToken cancellationToken = default);

    Task RevokeSecretAsync(ApiKey key, string secretHash, CancellationToken cancellationToken = default);
}
