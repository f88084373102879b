using Microsoft.AspNetCore.Http;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Audit;

namespace Remediation.Api.Admin;

/// <summary>GET /admin/audit: sign-ins, refusals and admin changes, newest first.</summary>
public sealed class GetAuditLog(IAuditLog log)
{
    public Task<IResult> HandleAsync(ApiRequest request) => AdminList.PageAsync(request, log.ListAsync, AdminViews.Audit);
}
