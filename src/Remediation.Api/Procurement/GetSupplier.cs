using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Parties;

namespace Remediation.Api.Procurement;

/// <summary>
/// GET /suppliers/{supplierId}: caseworkers read any supplier; a supplier only its own, and any other id is 404, the
/// same as an unknown one, so a supplier cannot learn which others exist.
/// </summary>
public sealed class GetSupplier(SupplierAccess access, SupplierReadModel model)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (supplier, problem) = await access.FindAsync(request).ConfigureAwait(false);
        return supplier is null
            ? problem!
            : Results.Json(await model.ReadAsync(supplier, request.Cancellation).ConfigureAwait(false), ApiJson.Options);
    }
}

/// <summary>Finds the supplier a route names, as the caller may see it.</summary>
public sealed class SupplierAccess(IPartyStore parties)
{
    public async Task<(Party? Supplier, IResult? Problem)> FindAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.Route("supplierId");
        var mayRead = Domain.Intake.Identifiers.PartyId().IsMatch(id)
            && (request.Caller.Role != Role.Supplier || request.Caller.PartyId == id);
        var supplier = mayRead ? await parties.GetAsync(PartyKind.Supplier, id, request.Cancellation).ConfigureAwait(false) : null;
        return supplier is null
            ? (null, Problem.NotFound($"There is no supplier {(id.Length <= 64 ? id : id[..64] + "…")} that you can see."))
            : (supplier, null);
    }
}
