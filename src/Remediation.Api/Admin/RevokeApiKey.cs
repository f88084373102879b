using Microsoft.AspNetCore.Http;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Parties;

namespace Remediation.Api.Admin;

/// <summary>DELETE /admin/api-keys/{keyId}: the key stops working at once.</summary>
public sealed class RevokeApiKey(IApiKeyStore keys)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.Route("keyId");
        return id.Length <= 64 && await keys.RevokeAsync(id, request.Cancellation).ConfigureAwait(false)
            ? Results.NoContent()
            : Problem.NotFound($"There is no API key {id}.");
    }
}
