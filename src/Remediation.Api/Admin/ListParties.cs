using Microsoft.AspNetCore.Http;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Parties;

namespace Remediation.Api.Admin;

/// <summary>GET /admin/parties: the registered partners, then suppliers.</summary>
public sealed class ListParties(IPartyStore parties)
{
    public Task<IResult> HandleAsync(ApiRequest request) => AdminList.PageAsync(request, parties.ListAsync, AdminViews.Party);
}
