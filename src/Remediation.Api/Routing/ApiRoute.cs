using Microsoft.AspNetCore.Http;
using Remediation.Domain.Parties;

namespace Remediation.Api.Routing;

/// <summary>
/// One route of API v1: its name (also the Functions function name), method, template under <c>/api/v1/</c>, the
/// roles that may call it at all, and its handler. Case routes check visibility (404) before the role's rights (403).
/// </summary>
public sealed record ApiRoute(string Name, string Method, string Template, IReadOnlyList<Role> Roles, Func<ApiRequest, Task<IResult>> Handler)
{
    public const string Prefix = "api/v1/";

    public string Path => "/" + Prefix + Template;
}
