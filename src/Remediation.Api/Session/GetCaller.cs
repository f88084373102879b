using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Contracts.Session;

namespace Remediation.Api.Session;

/// <summary>GET /me: the caller's role and party, and who they are (key, person or machine client).</summary>
public static class GetCaller
{
    public static Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = request.Caller;
        var by = AdminViews.ActedBy(caller.Actor.By) ?? new ActedByView { Kind = ActedByKind.Key, Id = caller.Id };
        return Task.FromResult(Results.Json(
            new CallerView { Role = AdminViews.Role(caller.Role), PartyId = caller.PartyId, KeyId = caller.Id, ActedBy = by }, ApiJson.Options));
    }
}
