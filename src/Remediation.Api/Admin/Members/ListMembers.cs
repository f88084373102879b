using Microsoft.AspNetCore.Http;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Members;

namespace Remediation.Api.Admin.Members;

/// <summary>GET /admin/members: people and machine clients who may sign in, invited, active or disabled.</summary>
public sealed class ListMembers(IMemberStore members)
{
    public Task<IResult> HandleAsync(ApiRequest request) => AdminList.PageAsync(request, members.ListAsync, AdminViews.Member);
}
