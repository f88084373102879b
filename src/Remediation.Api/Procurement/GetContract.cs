using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Procurement;

namespace Remediation.Api.Procurement;

/// <summary>GET /contracts/{contractId} (caseworkers, admins).</summary>
public sealed class GetContract(IContractStore contracts)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.Route("contractId");
        var contract = Domain.Intake.Identifiers.PartyId().IsMatch(id)
            ? await contracts.GetAsync(id, request.Cancellation).ConfigureAwait(false)
            : null;
        return contract is null
            ? Problem.NotFound($"There is no contract {(id.Length <= 64 ? id : id[..64] + "…")}.")
            : Results.Json(ProcurementViews.Contract(contract), ApiJson.Options);
    }
}
