using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Authentication;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Contracts.Admin;
using Remediation.Domain.Parties;
using Remediation.Domain.Validation;

namespace Remediation.Api.Admin;

/// <summary>POST /admin/api-keys: issues a key for a role (and party). The secret is in this response only.</summary>
public sealed class IssueApiKey(
    IApiKeyStore keys, Members.MemberRules rules, Audit.AuditTrail audit, IOptions<ApiOptions> options, TimeProvider clock)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await RequestBody.ReadJsonAsync<IssueApiKeyRequest>(request.Http, options.Value.MaxBodyBytes, request.Cancellation)
            .ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var errors = new ErrorList();
        var role = Views.AdminViews.Role(body.Role);
        var now = clock.GetUtcNow();
        if (body.ExpiresOn is { } expires && expires <= now)
        {
            errors.Add("$.expiresOn", "expiresOn must be in the future.");
        }

        await rules.CheckRoleAsync(role, body.PartyId, errors, request.Cancellation).ConfigureAwait(false);
        if (body.Label is { } label && (label.Length > 100 || label.Any(char.IsControl)))
        {
            errors.Add("$.label", "label is at most 100 characters, no control characters.");
        }

        if (errors.Any)
        {
            return Problem.BadRequest("The key request is not valid.", errors.Errors);
        }

        var secret = ApiKeySecret.New();
        var key = new ApiKey("key-" + Guid.NewGuid().ToString("N")[..16], role, body.PartyId, now, body.ExpiresOn, false)
        {
            Label = Domain.Parties.ActedBy.Trimmed(body.Label), CreatedBy = request.Caller.Actor.By,
        };
        await keys.AddAsync(key, ApiKeySecret.Hash(secret), request.Cancellation).ConfigureAwait(false);
        await audit.RecordAsync(
            Domain.Audit.AuditRecord.KeyIssued, request.Caller.Actor.By, "key:" + key.Id,
            $"Issued a {body.Role.ToString().ToLowerInvariant()} key" + (key.PartyId is null ? "" : $" for {key.PartyId}")
                + (key.Label is null ? "." : $" ({key.Label})."),
            request.Cancellation).ConfigureAwait(false);
        return Results.Json(
                new ApiKeyIssued { Id = key.Id, Key = secret, Role = body.Role, PartyId = key.PartyId, ExpiresOn = key.ExpiresOn, Label = key.Label },
                ApiJson.Options,
                statusCode: StatusCodes.Status201Created)
            .WithLocation($"/{ApiRoute.Prefix}admin/api-keys/{key.Id}");
    }
}
