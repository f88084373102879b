using System.Security.Cryptography;
using System.Text;
using Remediation.Api.Authentication;
using Remediation.Domain.Parties;

namespace Remediation.Api.Commands;

/// <summary>
/// A command's id. With an <c>Idempotency-Key</c> it is derived from the key and from who sends it (the party for
/// partners and suppliers, the key for caseworkers and admins), so that one caller's key never names another
/// caller's command; without one, every request is a new command.
/// </summary>
public static class CommandIds
{
    public static string For(Caller caller, string? idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (idempotencyKey is null)
        {
            return Guid.NewGuid().ToString("N");
        }

        var sender = caller.Role is Role.Partner or Role.Supplier ? $"{caller.Role}:{caller.PartyId}" : $"{caller.Role}:key:{caller.Id}";
        return "k" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{sender}\n{idempotencyKey}")))[..31];
    }
}
