using Microsoft.Extensions.Options;

namespace Remediation.Api.Composition;

/// <summary>
/// Options validation by the options' own rules: every problem in one message, so a host that fails to start says
/// what to fix in one line (both hosts validate on start).
/// </summary>
public sealed class ProblemsValidation<TOptions>(Func<TOptions, IEnumerable<string>> problems) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var found = problems(options).ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
