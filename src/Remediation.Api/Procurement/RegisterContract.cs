using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Contracts.Procurement;
using Remediation.Domain.Parties;
using Remediation.Domain.Procurement;
using Remediation.Domain.Validation;

namespace Remediation.Api.Procurement;

/// <summary>POST /contracts (caseworkers, admins): a public buyer's contract with a registered supplier, registered once.</summary>
public sealed class RegisterContract(
    IContractStore contracts, IPartyStore parties, ContractDirectory directory, Audit.AuditTrail audit, IOptions<ApiOptions> options,
    TimeProvider clock)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await RequestBody.ReadJsonAsync<RegisterContractRequest>(
            request.Http, options.Value.MaxBodyBytes, request.Cancellation).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var now = clock.GetUtcNow();
        var contract = new BuyerContract(
            body.Id, body.Buyer, body.SupplierId, ProcurementViews.Band(body.ValueBand), body.ValueCurrency, body.StartsOn, body.EndsOn, now,
            request.Caller.Actor.By) { Title = body.Title };
        var errors = new ErrorList();
        ContractRules.Check(contract, DateOnly.FromDateTime(now.UtcDateTime), errors);
        if (errors.Any)
        {
            return Problem.BadRequest("The contract is not valid.", errors.Errors);
        }

        if (await parties.GetAsync(PartyKind.Supplier, body.SupplierId, request.Cancellation).ConfigureAwait(false) is null)
        {
            return Problem.Unprocessable(
                $"No supplier {body.SupplierId} is registered.",
                [new FieldError("$.supplierId", "Register the supplier first (POST /api/v1/admin/parties).")]);
        }

        var held = await directory.OfSupplierAsync(body.SupplierId, request.Cancellation).ConfigureAwait(false);
        if (held.Count >= BuyerContract.MaxPerSupplier)
        {
            return Problem.Conflict($"Supplier {body.SupplierId} already has {BuyerContract.MaxPerSupplier} contracts, the most one supplier holds.");
        }

        if (!await contracts.AddAsync(contract, request.Cancellation).ConfigureAwait(false))
        {
            return Problem.Conflict($"A contract with id {contract.Id} is already registered; contracts are registered once.");
        }

        directory.Forget(body.SupplierId);
        await audit.RecordAsync(
            Domain.Audit.AuditRecord.ContractRegistered, request.Caller.Actor.By, $"contract:{contract.Id}",
            $"Registered contract {contract.Id} of {contract.Buyer} with supplier {contract.SupplierId}.", request.Cancellation)
            .ConfigureAwait(false);
        return Results.Json(ProcurementViews.Contract(contract), ApiJson.Options, statusCode: StatusCodes.Status201Created)
            .WithLocation($"/{ApiRoute.Prefix}contracts/{contract.Id}");
    }
}
