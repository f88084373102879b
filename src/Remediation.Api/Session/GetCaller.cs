using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Contracts.Admin;
using Remediation.Contracts.Session;
using Remediation.Domain.Parties;

namespace Remediation.Api.Session;

/// <summary>GET /me: the caller's role and party, as the key says.</summary>
public static class GetCaller
{
    public static Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var role = request.Caller.Role switch
        {
            Role.Partner => ApiRole.Partner,
            Role.Supplier => ApiRole.Supplier,
            Role.Caseworker => ApiRole.Caseworker,
            _ => ApiRole.Admin,
        };
        return Task.FromResult(Results.Json(
            new CallerView { Role = role, PartyId = request.Caller.PartyId, KeyId = request.Caller.KeyId }, ApiJson.Options));
    }
}
