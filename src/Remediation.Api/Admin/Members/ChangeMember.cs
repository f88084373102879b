using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Audit;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Contracts.Admin;
using Remediation.Domain.Audit;
using Remediation.Domain.Members;
using Remediation.Domain.Validation;

namespace Remediation.Api.Admin.Members;

/// <summary>PATCH /admin/members/{memberId}: a new role and party; takes effect on the member's next request.</summary>
public sealed class ChangeMember(IMemberStore members, MemberRules rules, AuditTrail audit, IOptions<ApiOptions> api)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (member, problem) = await GetMember.LoadAsync(members, request).ConfigureAwait(false);
        if (member is null)
        {
            return problem!;
        }

        var (body, bodyProblem) = await RequestBody.ReadJsonAsync<ChangeMemberRequest>(request.Http, api.Value.MaxBodyBytes, request.Cancellation)
            .ConfigureAwait(false);
        if (body is null)
        {
            return bodyProblem!;
        }

        var errors = new ErrorList();
        var role = AdminViews.Role(body.Role);
        await rules.CheckRoleAsync(role, body.PartyId, errors, request.Cancellation).ConfigureAwait(false);
        if (errors.Any)
        {
            return Problem.BadRequest("The change is not valid.", errors.Errors);
        }

        if (member.Id == request.Caller.Id)
        {
            return Problem.Conflict("You cannot change your own membership; ask another admin.");
        }

        if (member.Status == Domain.Members.MemberStatus.Disabled)
        {
            return Problem.Conflict($"{member.DisplayName}'s membership is disabled; invite them again instead.");
        }

        var changed = member with { Role = role, PartyId = body.PartyId };
        if (!await members.UpdateAsync(member, changed, request.Cancellation).ConfigureAwait(false))
        {
            return Problem.Conflict($"Member {member.Id} changed meanwhile; read it again and retry.");
        }

        await audit.RecordAsync(
            AuditRecord.MemberChanged, request.Caller.Actor.By, "member:" + member.Id,
            $"{member.DisplayName}: {Describe(member)} -> {Describe(changed)}.", request.Cancellation).ConfigureAwait(false);
        return Results.Json(AdminViews.Member(changed), ApiJson.Options);
    }

    private static string Describe(Membership m) => m.Role.ToString().ToLowerInvariant() + (m.PartyId is null ? "" : " of " + m.PartyId);
}
