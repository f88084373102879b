using Microsoft.AspNetCore.Http;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Procurement;
using Remediation.Domain.Validation;

namespace Remediation.Api.Procurement;

/// <summary>GET /contracts (caseworkers, admins): registered contracts by id, only one supplier's with ?supplierId=.</summary>
public sealed class ListContracts(IContractStore contracts)
{
    public Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var supplierId = request.Http.Query["supplierId"].ToString();
        if (supplierId.Length > 0 && !Domain.Intake.Identifiers.PartyId().IsMatch(supplierId))
        {
            var errors = new ErrorList();
            errors.Add("supplierId", "A supplier id: 1 to 64 letters, digits or . _ -.");
            return Task.FromResult<IResult>(Problem.BadRequest("The query string is not valid.", errors.Errors));
        }

        return Admin.AdminList.PageAsync(
            request, (page, ct) => contracts.ListAsync(supplierId.Length > 0 ? supplierId : null, page, ct), ProcurementViews.Contract);
    }
}
