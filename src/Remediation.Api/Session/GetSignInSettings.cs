using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Authentication.Tokens;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Contracts.Session;

namespace Remediation.Api.Session;

/// <summary>GET /session/settings (no key): how the console signs people in; the same API serves both hosts' consoles.</summary>
public sealed class GetSignInSettings(IOptions<IdentityOptions> options)
{
    public Task<IResult> HandleAsync(ApiRequest request)
    {
        var identity = options.Value;
        return Task.FromResult(Results.Json(
            new SignInSettingsView
            {
                Authority = identity.Enabled ? identity.Authority : null,
                ClientId = identity.Enabled ? identity.ConsoleClientId : null,
                Scopes = identity.Enabled ? [.. identity.Scopes.Where(s => !string.IsNullOrWhiteSpace(s))] : [],
                AllowApiKeySignIn = identity.AllowApiKeySignIn || !identity.Enabled,
            },
            ApiJson.Options));
    }
}
