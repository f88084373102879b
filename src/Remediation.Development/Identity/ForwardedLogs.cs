using Microsoft.Extensions.Logging;

namespace Remediation.Development.Identity;

/// <summary>Hands the provider's log lines (Warning and above) to the host's logger factory.</summary>
internal sealed class ForwardedLogs(ILoggerFactory target) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => target.CreateLogger(categoryName);

    public void Dispose()
    {
        // The host owns the factory.
    }
}
