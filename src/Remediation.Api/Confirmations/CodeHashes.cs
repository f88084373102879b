using Remediation.Domain.Confirmations;
using Remediation.Domain.Keys;

namespace Remediation.Api.Confirmations;

/// <summary>
/// What is stored for a code: <c>keyId:HMAC</c> under the ring's current key. A look-up tries each key of the ring, so
/// codes issued before a rotation keep working while their key stays in the ring.
/// </summary>
public sealed class CodeHashes(KeyRing keys)
{
    public string Current(ConfirmationCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return $"{keys.CurrentId}:{code.HashWith(keys.Current(KeyPurpose.ConfirmationCodes))}";
    }

    public IEnumerable<string> Candidates(ConfirmationCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return keys.Ids.Select(id => $"{id}:{code.HashWith(keys.Find(KeyPurpose.ConfirmationCodes, id)!)}");
    }
}
