using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Remediation.Development;
using Remediation.Development.Identity;

namespace Remediation.Server.Tests.Identity;

/// <summary>One local provider for a test class, on a free port, with a person, a machine client and another API's scope.</summary>
public sealed class LocalProviderRig : IAsyncLifetime, ILocalSignInEvents
{
    public static readonly LocalPerson Casey = new("casey", "casey-password-1", "subject-casey", "Casey Caseworker", "casey@example.test");
    public static readonly LocalMachineClient Integration = new("integration", "integration-secret-1", "Partner integration");

    public LocalIdentityProvider Provider { get; private set; } = null!;

    /// <summary>The console's origin: its redirect URI is registered, though nothing listens there.</summary>
    public Uri ConsoleOrigin { get; } = new($"http://127.0.0.1:{LoopbackPort.Free()}/");

    public Uri Callback => new(ConsoleOrigin, "/authentication/login-callback");

    public ConcurrentQueue<string> SignedIn { get; } = new();

    public ConcurrentQueue<string> Failed { get; } = new();

    public async Task InitializeAsync() =>
        Provider = await LocalIdentityProvider.StartAsync(
            new LocalIdentityProviderOptions
            {
                Url = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}"),
                ConsoleOrigins = [ConsoleOrigin],
                People = [Casey],
                MachineClients = [Integration],
                OtherAudiences = ["other-api"],
            },
            this);

    public async Task DisposeAsync() => await Provider.DisposeAsync();

    public Task SignedInAsync(LocalPerson person, CancellationToken ct)
    {
        SignedIn.Enqueue(person.UserName);
        return Task.CompletedTask;
    }

    public Task SignInFailedAsync(string userName, CancellationToken ct)
    {
        Failed.Enqueue(userName);
        return Task.CompletedTask;
    }

    public Task<JsonWebToken> ValidateAsync(string token, string audience = "remediation-api") =>
        TokenCheck.ValidAsync(Provider.Issuer, token, audience);
}
