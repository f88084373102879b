using Remediation.Domain.Keys;
using Remediation.Domain.Paging;

namespace Remediation.Storage.Paging;

/// <summary>
/// Continuation tokens as the API hands them out: Table Storage's own token (storage keys, one of them perhaps a
/// worker reference) sealed with the key ring (AES-GCM), bound to the list that issued it. Opaque: nothing in it can
/// be read; tamper-proof: a changed token, or one from another list, is refused with
/// <see cref="InvalidContinuationTokenException"/>.
/// </summary>
internal sealed class PageTokens(KeyRing keys)
{
    public string? Encode(string scope, string? storageToken) =>
        storageToken is null ? null : SealedBox.Seal(keys, KeyPurpose.Paging, storageToken, scope);

    public string? Decode(string scope, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        return token.Length <= 4096 && SealedBox.Open(keys, KeyPurpose.Paging, token, scope) is { Length: > 0 } storageToken
            ? storageToken
            : throw new InvalidContinuationTokenException(
                "The continuation token belongs to another list, expired with a key, or was changed; " +
                "use the token from the previous page of this list unchanged.");
    }
}
