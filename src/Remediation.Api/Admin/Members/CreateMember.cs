using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Audit;
using Remediation.Api.Authentication.Tokens;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Contracts.Admin;
using Remediation.Domain.Audit;
using Remediation.Domain.Members;
using Remediation.Domain.Validation;

namespace Remediation.Api.Admin.Members;

/// <summary>
/// POST /admin/members: invites a person by e-mail (bound at their first sign-in with that verified address) or adds a
/// person or machine client by the token's subject (Entra ID: the object id).
/// </summary>
public sealed class CreateMember(
    IMemberStore members, MemberRules rules, AuditTrail audit, IOptions<ApiOptions> api, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await RequestBody.ReadJsonAsync<CreateMemberRequest>(request.Http, api.Value.MaxBodyBytes, request.Cancellation)
            .ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var errors = new ErrorList();
        MemberRules.CheckName(body.DisplayName, errors);
        var role = AdminViews.Role(body.Role);
        await rules.CheckRoleAsync(role, body.PartyId, errors, request.Cancellation).ConfigureAwait(false);
        var issuer = CheckSignIn(body, errors);
        if (errors.Any)
        {
            return Problem.BadRequest("The member is not valid.", errors.Errors);
        }

        var invited = body.Email is not null;
        var member = new Membership(
            Membership.NewId(),
            body.DisplayName.Trim(),
            role,
            body.PartyId,
            invited ? Domain.Members.MemberStatus.Invited : Domain.Members.MemberStatus.Active,
            clock.GetUtcNow(),
            request.Caller.Actor.By!)
        {
            Email = body.Email, Issuer = issuer, Subject = body.Subject,
        };
        if (!await members.AddAsync(member, request.Cancellation).ConfigureAwait(false))
        {
            return Problem.Conflict(invited
                ? $"{body.Email} already has a pending invitation."
                : "That subject already has a membership here; change or disable it instead.");
        }

        await audit.RecordAsync(
            invited ? AuditRecord.MemberInvited : AuditRecord.MemberCreated, request.Caller.Actor.By, "member:" + member.Id,
            $"{(invited ? "Invited" : "Added")} {member.DisplayName} as {body.Role.ToString().ToLowerInvariant()}"
                + (member.PartyId is null ? "." : $" of {member.PartyId}."),
            request.Cancellation).ConfigureAwait(false);
        return Results.Json(AdminViews.Member(member), ApiJson.Options, statusCode: StatusCodes.Status201Created)
            .WithLocation($"/{ApiRoute.Prefix}admin/members/{member.Id}");
    }

    /// <summary>Exactly one of an address and a subject; the issuer (default: the configured one) without its trailing slash.</summary>
    private string? CheckSignIn(CreateMemberRequest body, ErrorList errors)
    {
        if ((body.Email is null) == (body.Subject is null))
        {
            errors.Add("$.email", "Give either email (an invitation) or subject (the token's subject; Entra ID: the object id), not both.");
            return null;
        }

        if (body.Email is { } email && !MemberRules.IsEmail(email))
        {
            errors.Add("$.email", $"email is an address like name@example.org, at most {MemberRules.MaxEmailLength} characters.");
        }

        if (body.Subject is { } subject && (subject.Length is 0 or > MemberRules.MaxSubjectLength || subject.Any(char.IsControl)))
        {
            errors.Add("$.subject", $"subject is 1 to {MemberRules.MaxSubjectLength} characters, no control characters.");
        }

        var issuer = body.Issuer ?? (body.Subject is null ? null : identity.Value.Authority);
        if (body.Issuer is { } given && (!Uri.TryCreate(given, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            errors.Add("$.issuer", "issuer is the identity provider's issuer address (https://...).");
        }
        else if (body.Subject is not null && issuer is null)
        {
            errors.Add("$.issuer", "No identity provider is configured here (Remediation:Identity:Authority); give the issuer.");
        }

        return issuer?.TrimEnd('/');
    }
}
