using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Intake;
using Remediation.Domain.Parties;
using Remediation.Domain.Validation;

namespace Remediation.Api.Admin;

/// <summary>POST /admin/parties: registers a monitoring partner or a supplier.</summary>
public sealed class RegisterParty(IPartyStore parties, IOptions<ApiOptions> options)
{
    public sealed record Body(string? Kind, string? Id, string? Name);

    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await RequestBody.ReadJsonAsync<Body>(request.Http, options.Value.MaxBodyBytes, request.Cancellation).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var errors = new ErrorList();
        PartyKind? kind = body.Kind switch { "partner" => PartyKind.Partner, "supplier" => PartyKind.Supplier, _ => null };
        if (kind is null)
        {
            errors.Add("$.kind", "kind is 'partner' or 'supplier'.");
        }

        if (body.Id is null || !Identifiers.PartyId().IsMatch(body.Id))
        {
            errors.Add("$.id", "id is 1 to 64 letters, digits or . _ -.");
        }

        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > IntakeLimits.MaxNameLength)
        {
            errors.Add("$.name", $"name is required, at most {IntakeLimits.MaxNameLength} characters.");
        }

        if (errors.Any)
        {
            return Problem.BadRequest("The party is not valid.", errors.Errors);
        }

        var party = new Party(kind!.Value, body.Id!, body.Name!);
        return await parties.AddAsync(party, request.Cancellation).ConfigureAwait(false)
            ? Results.Created($"/{ApiRoute.Prefix}admin/parties/{body.Kind}/{party.Id}", new { kind = body.Kind, id = party.Id, name = party.Name })
            : Problem.Conflict($"A {body.Kind} with id {party.Id} is already registered.");
    }
}
