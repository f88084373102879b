using Microsoft.AspNetCore.Http;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Parties;

namespace Remediation.Api.Admin;

/// <summary>GET /admin/api-keys: every key by id, with its label, role, party, expiry and whether it is revoked; never a secret.</summary>
public sealed class ListApiKeys(IApiKeyStore keys)
{
    public Task<IResult> HandleAsync(ApiRequest request) => AdminList.PageAsync(request, keys.ListAsync, AdminViews.Key);
}
