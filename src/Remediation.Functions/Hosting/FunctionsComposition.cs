using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Remediation.Api.Composition;
using Remediation.Composition;
using Remediation.Workflows.Sending;

namespace Remediation.Functions.Hosting;

/// <summary>The Functions app's configuration, one place for Program and the test that builds the real host.</summary>
public static class FunctionsComposition
{
    public static FunctionsApplicationBuilder ConfigureRemediation(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<SecurityHeadersMiddleware>();
        // Functions bind a durable client to each invocation; the shared services read it from there.
        builder.Services.AddSingleton<IDurableClientSource, InvocationDurableClient>();
        builder.Services.AddRemediation(builder.Configuration, builder.Environment.IsDevelopment());
        builder.Services.AddFunctionsTelemetry(builder.Configuration);
        // ASP.NET Core logs each request's path at Information, and the worker page's path holds the worker's code.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return builder;
    }
}
