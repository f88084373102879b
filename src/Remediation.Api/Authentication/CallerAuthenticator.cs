using Microsoft.AspNetCore.Http;
using Remediation.Api.Audit;
using Remediation.Api.Authentication.Tokens;
using Remediation.Domain.Audit;

namespace Remediation.Api.Authentication;

/// <summary>What authentication made of a request: a caller, or why not (401 not authenticated, 403 refused).</summary>
public sealed record AuthOutcome(Caller? Caller, string? Reason, bool Refused)
{
    public static AuthOutcome Of(Caller caller) => new(caller, null, false);
}

/// <summary>
/// One place for both kinds of credential: a bearer value shaped like a JWT is an access token (validated, then mapped
/// through its membership), anything else an API key.
/// </summary>
public sealed class CallerAuthenticator(
    ApiKeyAuthenticator keys, AccessTokenValidator tokens, MembershipResolver memberships, AuditTrail audit)
{
    public async Task<AuthOutcome> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ApiKeyAuthenticator.BearerOf(request) is { } bearer && AccessTokenValidator.LooksLikeJwt(bearer))
        {
            var (identity, refusal) = await tokens.ValidateAsync(bearer, cancellationToken).ConfigureAwait(false);
            if (identity is null)
            {
                // Once a minute per reason: enough to see that it happens, never a write per forged token.
                await audit.RecordOnceAsync(
                    "token-refused:" + refusal, TimeSpan.FromMinutes(1), AuditRecord.TokenRefused, null, null, refusal!, cancellationToken)
                    .ConfigureAwait(false);
                return new AuthOutcome(null, refusal, false);
            }

            var (caller, refused) = await memberships.ResolveAsync(identity, cancellationToken).ConfigureAwait(false);
            return caller is not null ? AuthOutcome.Of(caller) : new AuthOutcome(null, refused, true);
        }

        return await keys.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false) is { } keyCaller
            ? AuthOutcome.Of(keyCaller)
            : new AuthOutcome(null, null, false);
    }
}
