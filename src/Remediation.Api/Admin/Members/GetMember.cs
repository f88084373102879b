using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Members;

namespace Remediation.Api.Admin.Members;

/// <summary>GET /admin/members/{memberId}.</summary>
public sealed class GetMember(IMemberStore members)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (member, problem) = await LoadAsync(members, request).ConfigureAwait(false);
        return member is null ? problem! : Results.Json(AdminViews.Member(member), ApiJson.Options);
    }

    internal static async Task<(Membership? Member, IResult? Problem)> LoadAsync(IMemberStore members, ApiRequest request)
    {
        var id = request.Route("memberId");
        return id.StartsWith(Membership.IdPrefix, StringComparison.Ordinal) && id.Length <= 64
            && await members.GetAsync(id, request.Cancellation).ConfigureAwait(false) is { } member
                ? (member, null)
                : (null, Problem.NotFound($"There is no member {id}."));
    }
}
