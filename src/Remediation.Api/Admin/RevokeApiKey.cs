using Microsoft.AspNetCore.Http;
using Remediation.Api.Authentication;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Parties;

namespace Remediation.Api.Admin;

/// <summary>
/// DELETE /admin/api-keys/{keyId}: the key stops working at once. <c>bootstrap-admin</c> revokes the bootstrap key
/// configured now (a new one in configuration works again: that is how it is rotated).
/// </summary>
public sealed class RevokeApiKey(IApiKeyStore keys, ApiKeyAuthenticator authenticator, Audit.AuditTrail audit, TimeProvider clock)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.Route("keyId");
        if (id == ApiKeyAuthenticator.BootstrapKeyId && authenticator.BootstrapKeyHash is { } hash)
        {
            await keys.RevokeSecretAsync(new ApiKey(id, Role.Admin, null, clock.GetUtcNow(), null, true), hash, request.Cancellation)
                .ConfigureAwait(false);
            await RecordAsync(request, id).ConfigureAwait(false);
            return Results.NoContent();
        }

        if (id.Length > 64 || !await keys.RevokeAsync(id, request.Cancellation).ConfigureAwait(false))
        {
            return Problem.NotFound($"There is no API key {id}.");
        }

        await RecordAsync(request, id).ConfigureAwait(false);
        return Results.NoContent();
    }

    private Task RecordAsync(ApiRequest request, string id) =>
        audit.RecordAsync(Domain.Audit.AuditRecord.KeyRevoked, request.Caller.Actor.By, "key:" + id, $"Revoked key {id}.", request.Cancellation);
}
