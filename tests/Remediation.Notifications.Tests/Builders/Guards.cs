using Microsoft.Extensions.Options;
using Remediation.Notifications.Webhooks;

namespace Remediation.Notifications.Tests.Builders;

internal static class Guards
{
    public static AddressGuard Production(IHostResolver? resolver = null) =>
        new(Options.Create(new NotificationOptions()), resolver ?? new DnsHostResolver());

    public static AddressGuard Development(IHostResolver resolver) =>
        new(Options.Create(new NotificationOptions { Webhooks = { AllowLoopback = true } }), resolver);
}
