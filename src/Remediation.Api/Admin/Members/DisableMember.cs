using Microsoft.AspNetCore.Http;
using Remediation.Api.Audit;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Audit;
using Remediation.Domain.Members;

namespace Remediation.Api.Admin.Members;

/// <summary>
/// POST /admin/members/{memberId}/disable: the member's next request is refused (memberships are read on every
/// request); an invitation can no longer be accepted. Disabling twice is the same as once.
/// </summary>
public sealed class DisableMember(IMemberStore members, AuditTrail audit, TimeProvider clock)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (member, problem) = await GetMember.LoadAsync(members, request).ConfigureAwait(false);
        if (member is null)
        {
            return problem!;
        }

        if (member.Id == request.Caller.Id)
        {
            return Problem.Conflict("You cannot disable your own membership; ask another admin.");
        }

        if (member.Status == MemberStatus.Disabled)
        {
            return Results.Json(AdminViews.Member(member), ApiJson.Options);
        }

        var disabled = member with { Status = MemberStatus.Disabled, DisabledAt = clock.GetUtcNow() };
        if (!await members.UpdateAsync(member, disabled, request.Cancellation).ConfigureAwait(false))
        {
            return Problem.Conflict($"Member {member.Id} changed meanwhile; read it again and retry.");
        }

        await audit.RecordAsync(
            AuditRecord.MemberDisabled, request.Caller.Actor.By, "member:" + member.Id, $"Disabled {member.DisplayName}.", request.Cancellation)
            .ConfigureAwait(false);
        return Results.Json(AdminViews.Member(disabled), ApiJson.Options);
    }
}
