using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Remediation.Api.Composition;

/// <summary>
/// Runs the start-up validation of every option at once, before anything resolves them, so a host with a bad setting
/// stops with one line naming every problem instead of a stack trace from deep in the container.
/// </summary>
public static class InvalidOptions
{
    public static string? Find(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (OptionsValidationException e)
        {
            return string.Join(" ", e.Failures);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return string.Join(" ", e.InnerExceptions.OfType<OptionsValidationException>().SelectMany(i => i.Failures));
        }
    }
}
