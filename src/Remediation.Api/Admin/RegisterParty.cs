using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Contracts.Admin;
using Remediation.Domain.Intake;
using Remediation.Domain.Parties;
using Remediation.Domain.Validation;

namespace Remediation.Api.Admin;

/// <summary>POST /admin/parties: registers a monitoring partner or a supplier.</summary>
public sealed class RegisterParty(IPartyStore parties, Audit.AuditTrail audit, IOptions<ApiOptions> options)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await RequestBody.ReadJsonAsync<RegisterPartyRequest>(
            request.Http, options.Value.MaxBodyBytes, request.Cancellation).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var errors = new ErrorList();
        if (!Identifiers.PartyId().IsMatch(body.Id))
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

        var party = new Party(
            body.Kind == Contracts.Admin.PartyKind.Partner ? Domain.Parties.PartyKind.Partner : Domain.Parties.PartyKind.Supplier,
            body.Id,
            body.Name);
        var kind = Contracts.WireFormat.Name(body.Kind);
        if (!await parties.AddAsync(party, request.Cancellation).ConfigureAwait(false))
        {
            return Problem.Conflict($"A {kind} with id {party.Id} is already registered.");
        }

        await audit.RecordAsync(
            Domain.Audit.AuditRecord.PartyRegistered, request.Caller.Actor.By, $"party:{kind}:{party.Id}", $"Registered {kind} {party.Name}.",
            request.Cancellation).ConfigureAwait(false);
        return Results.Json(Views.AdminViews.Party(party), ApiJson.Options, statusCode: StatusCodes.Status201Created)
            .WithLocation($"/{ApiRoute.Prefix}admin/parties/{kind}/{party.Id}");
    }
}
