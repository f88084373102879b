using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Remediation.Api.Security;

namespace Remediation.Functions.Hosting;

/// <summary>The API's security headers on every HTTP function's answer but the worker page's, as the standalone server sends them.</summary>
public sealed class SecurityHeadersMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        // The worker page sets its own headers (OnStarting runs last-registered first, so these would overwrite them).
        if (context?.GetHttpContext() is { } http && !Api.Confirmations.Page.WorkerPage.IsWorkerPath(http.Request.Path)
            && !Api.PublicReports.PublicReportPage.IsPublicReportPath(http.Request.Path))
        {
            SecurityHeaders.ApplyToApi(http.Response);
        }

        await next(context!).ConfigureAwait(false);
    }
}
