using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Authentication;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Parties;
using Remediation.Domain.Validation;

namespace Remediation.Api.Admin;

/// <summary>POST /admin/api-keys: issues a key for a role (and party). The secret is in this response only.</summary>
public sealed class IssueApiKey(IApiKeyStore keys, IPartyStore parties, IOptions<ApiOptions> options, TimeProvider clock)
{
    public sealed record Body(string? Role, string? PartyId, DateTimeOffset? ExpiresOn);

    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await RequestBody.ReadJsonAsync<Body>(request.Http, options.Value.MaxBodyBytes, request.Cancellation).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var errors = new ErrorList();
        Role? role = body.Role switch { "partner" => Role.Partner, "supplier" => Role.Supplier, "caseworker" => Role.Caseworker, "admin" => Role.Admin, _ => null };
        if (role is null)
        {
            errors.Add("$.role", "role is 'partner', 'supplier', 'caseworker' or 'admin'.");
        }

        var now = clock.GetUtcNow();
        if (body.ExpiresOn is { } expires && expires <= now)
        {
            errors.Add("$.expiresOn", "expiresOn must be in the future.");
        }

        if (role is Role.Partner or Role.Supplier)
        {
            var kind = role == Role.Partner ? PartyKind.Partner : PartyKind.Supplier;
            if (body.PartyId is null || await parties.GetAsync(kind, body.PartyId, request.Cancellation).ConfigureAwait(false) is null)
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
        var key = new ApiKey("key-" + Guid.NewGuid().ToString("N")[..16], role!.Value, body.PartyId, now, body.ExpiresOn, false);
        await keys.AddAsync(key, ApiKeySecret.Hash(secret), request.Cancellation).ConfigureAwait(false);
        return Results.Created($"/{ApiRoute.Prefix}admin/api-keys/{key.Id}", new { id = key.Id, key = secret, role = body.Role, partyId = key.PartyId, expiresOn = key.ExpiresOn });
    }
}
