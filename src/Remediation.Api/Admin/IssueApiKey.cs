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
public sealed class IssueApiKey(IApiKeyStore keys, IPartyStore parties, IOptions<ApiOptions> options, TimeProvider clock)
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
        var role = body.Role switch
        {
            ApiRole.Partner => Role.Partner,
            ApiRole.Supplier => Role.Supplier,
            ApiRole.Caseworker => Role.Caseworker,
            _ => Role.Admin,
        };
        var now = clock.GetUtcNow();
        if (body.ExpiresOn is { } expires && expires <= now)
        {
            errors.Add("$.expiresOn", "expiresOn must be in the future.");
        }

        if (role is Role.Partner or Role.Supplier)
        {
            var kind = role == Role.Partner ? Domain.Parties.PartyKind.Partner : Domain.Parties.PartyKind.Supplier;
            if (body.PartyId is null
                || body.PartyId.Length > 64
                || await parties.GetAsync(kind, body.PartyId, request.Cancellation).ConfigureAwait(false) is null)
            {
                errors.Add("$.partyId", $"partyId must name a registered {kind.ToString().ToLowerInvariant()} (POST /admin/parties first).");
            }
        }
        else if (body.PartyId is not null)
        {
            errors.Add("$.partyId", "Only partner and supplier keys act for a party.");
        }

        if (errors.Any)
        {
            return Problem.BadRequest("The key request is not valid.", errors.Errors);
        }

        var secret = ApiKeySecret.New();
        var key = new ApiKey("key-" + Guid.NewGuid().ToString("N")[..16], role, body.PartyId, now, body.ExpiresOn, false);
        await keys.AddAsync(key, ApiKeySecret.Hash(secret), request.Cancellation).ConfigureAwait(false);
        return Results.Json(
                new ApiKeyIssued { Id = key.Id, Key = secret, Role = body.Role, PartyId = key.PartyId, ExpiresOn = key.ExpiresOn },
                ApiJson.Options,
                statusCode: StatusCodes.Status201Created)
            .WithLocation($"/{ApiRoute.Prefix}admin/api-keys/{key.Id}");
    }
}
