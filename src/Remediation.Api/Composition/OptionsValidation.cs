using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Remediation.Api.Composition;

public static class OptionsValidation
{
    /// <summary>Validates <typeparamref name="TOptions"/> by its own rules when the host starts.</summary>
    public static IServiceCollection AddValidated<TOptions>(this IServiceCollection services, Func<TOptions, IEnumerable<string>> problems)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(new ProblemsValidation<TOptions>(problems));
        services.AddOptions<TOptions>().ValidateOnStart();
        return services;
    }
}
