using System.Buffers.Text;
using System.Text;
using Remediation.Domain.Paging;

namespace Remediation.Storage.Paging;

/// <summary>
/// Wraps Table Storage continuation tokens so they survive a URL query string (base64url) and are only accepted by
/// the list that issued them: a token carries its list's scope, and a token of another list, or a made-up one, is
/// rejected with <see cref="InvalidContinuationTokenException"/>.
/// </summary>
internal static class ContinuationTokens
{
    private const string Version = "v1";

    public static string? Encode(string scope, string? storageToken) =>
        storageToken is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}\n{scope}\n{storageToken}"));

    public static string? Decode(string scope, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException e)
        {
            throw new InvalidContinuationTokenException("The continuation token is not valid; use the token from the previous page unchanged.", e);
        }

        var parts = text.Split('\n', 3);
        if (parts.Length != 3 || parts[0] != Version || parts[1] != scope || parts[2].Length == 0)
        {
            throw new InvalidContinuationTokenException("The continuation token belongs to another list or was changed; use the token from the previous page of this list.");
        }

        return parts[2];
    }
}
