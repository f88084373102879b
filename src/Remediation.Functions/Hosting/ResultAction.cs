using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Remediation.Functions.Hosting;

/// <summary>
/// Lets a function return the shared handlers' <see cref="IResult"/> as the <see cref="IActionResult"/> the Functions
/// ASP.NET Core integration writes.
/// </summary>
public sealed class ResultAction(IResult result) : IActionResult
{
    public IResult Result => result;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result.ExecuteAsync(context.HttpContext);
    }
}
