using Microsoft.AspNetCore.Http;
using Remediation.Domain.Parties;

namespace Remediation.Api.Routing;

/// <summary>
/// One route of API v1: its name (also the Functions function name and the OpenAPI operationId), method, template
/// under <c>/api/v1/</c>, the roles that may call it at all, its handler, and what the API document says of it.
/// Case routes check visibility (404) before the role's rights (403).
/// </summary>
public sealed record ApiRoute(string Name, string Method, string Template, IReadOnlyList<Role> Roles, Func<ApiRequest, Task<IResult>> Handler)
{
    public const string Prefix = "api/v1/";

    public string Path => "/" + Prefix + Template;

    public required string Summary { get; init; }

    public string? Description { get; init; }

    public required string Tag { get; init; }

    /// <summary>The request body, if the route takes one.</summary>
    public RouteBody? Body { get; init; }

    /// <summary>Success responses; the problem responses every route may give are added from what the route is.</summary>
    public required IReadOnlyList<RouteResponse> Responses { get; init; }

    /// <summary>Problem statuses particular to the route (409, 422, ...).</summary>
    public IReadOnlyList<int> Problems { get; init; } = [];

    public IReadOnlyList<QueryParameter> Query { get; init; } = [];

    /// <summary>Answered without an API key.</summary>
    public bool Anonymous { get; init; }

    /// <summary>A command route: Idempotency-Key and Prefer: wait apply, and its 202 points at the command's status.</summary>
    public bool IsCommand { get; init; }

    public bool IsCaseRoute => Template.Contains("{caseId}", StringComparison.Ordinal);

    /// <summary>Every problem status the route can answer with, in order.</summary>
    public IEnumerable<int> ProblemStatuses()
    {
        var statuses = new SortedSet<int>(Problems) { 429, 500, 503 };
        if (Body is not null || Query.Count > 0 || IsCommand)
        {
            statuses.Add(400);
        }

        if (Body is not null)
        {
            statuses.UnionWith([413, 415]);
        }

        if (!Anonymous)
        {
            statuses.UnionWith([401, 403]);
        }

        if (IsCaseRoute || Template.Contains('{', StringComparison.Ordinal))
        {
            statuses.Add(404);
        }

        return statuses;
    }
}

/// <summary>A request body: its contract type (JSON), the other content types it may come as, and an example.</summary>
public sealed record RouteBody(Type Type, IReadOnlyList<string> ContentTypes, object? Example = null, bool Optional = false);

/// <summary>A success response: status, contract type (null: no body) and content type.</summary>
public sealed record RouteResponse(int Status, Type? Type, string Description, string ContentType = "application/json");

/// <summary>A query-string parameter, with the type its value has.</summary>
public sealed record QueryParameter(string Name, Type Type, string Description);
