using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Remediation.Api.Security;

namespace Remediation.Functions.Hosting;

/// <summary>The API's security headers on every HTTP function's answer, as the standalone server sends them.</summary>
public sealed class SecurityHeadersMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (context?.GetHttpContext() is { } http)
        {
            SecurityHeaders.ApplyToApi(http.Response);
        }

        await next(context!).ConfigureAwait(false);
    }
}
