using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Remediation.Api.Commands;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Contracts.Problems;

namespace Remediation.Api.OpenApi;

/// <summary>
/// The API document, generated from the route table and the contract types (Microsoft.AspNetCore.OpenApi, OpenAPI
/// 3.1): what the framework infers, plus what only the route table knows (summaries, query parameters, examples,
/// headers, security, problem types). docs/openapi.yaml and docs/openapi.json are this document, committed.
/// </summary>
public static class ApiDocument
{
    public const string Name = "v1";
    public const string SecurityScheme = "apiKey";
    public const string TokenScheme = "accessToken";

    public static IServiceCollection AddRemediationOpenApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = ApiJson.Options.PropertyNamingPolicy;
            json.SerializerOptions.DefaultIgnoreCondition = ApiJson.Options.DefaultIgnoreCondition;
            json.SerializerOptions.UnmappedMemberHandling = ApiJson.Options.UnmappedMemberHandling;
            json.SerializerOptions.NumberHandling = ApiJson.Options.NumberHandling;
        });
        services.AddOpenApi(Name, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.AddDocumentTransformer(async (document, context, cancellationToken) =>
            {
                Describe(document);
                await DescribeWebhookAsync(document, context, cancellationToken).ConfigureAwait(false);
            });
            // Money is decimal: declared so, generated clients carry it exactly (Kiota and NSwag map it to decimal).
            options.AddSchemaTransformer((schema, context, _) =>
            {
                if (context.JsonTypeInfo.Type == typeof(decimal) || context.JsonTypeInfo.Type == typeof(decimal?))
                {
                    schema.Format = "decimal";
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<ApiRoute>().FirstOrDefault() is { } route)
                {
                    await DescribeAsync(operation, route, context, cancellationToken).ConfigureAwait(false);
                }
                else if (metadata.OfType<HostEndpoint>().FirstOrDefault() is { } host)
                {
                    operation.Summary = host.Summary;
                    operation.Description = host.Description;
                    operation.Tags = new HashSet<OpenApiTagReference> { new("Health", context.Document) };
                    operation.Security = [];
                    foreach (var (status, response) in operation.Responses!)
                    {
                        if (response is OpenApiResponse r && status is "200" or "503")
                        {
                            r.Description = status == "200" ? "Alive, or ready." : "Not ready: Checks says which dependency did not answer.";
                        }
                    }

                    Describe(operation.Responses!);
                }
            });
        });
        return services;
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Remediation API",
            Version = "1.0",
            Summary = "Recruitment-fee remediation: from a monitoring partner's report to every worker's confirmed reimbursement.",
            Description = """
                Partners report grievances, suppliers investigate and repay, caseworkers decide; every stage has a deadline and an escalation ladder.

                - Every request carries `Authorization: Bearer <api key>` (an admin issues keys) or `Authorization: Bearer <access token>`
                 
                (OpenID Connect: Microsoft Entra ID in Azure, the local provider in Development; people and machine clients sign in
                 
                there and act through a membership here, see `GET /api/v1/session/settings`). A case you may not see answers 404.
                - JSON is camelCase; unknown fields are refused (they could carry personal data). Amounts are sent as JSON numbers
                """ + " " + """
                and returned as strings with the currency's minor units, never floating point.
                - Errors are RFC 9457 problem details (`application/problem+json`); `errors` lists every bad field by JSON path,
                """ + " " + """
                or by spreadsheet row and column. Each `type` is `/api/v1/problems/{name}`, described at that address.
                - Commands are checked at once (404 case, 403 role, 409 stage, 400 body, 422 rule), then queued: 202 with
                """ + " " + """
                `Location: /api/v1/cases/{caseId}/commands/{commandId}`. Send `Prefer: wait=N` (N up to 10) to get the final outcome
                """ + " " + """
                in the response. `Idempotency-Key` names a command; resending it is safe.
                - Batches (workers, payments, receipt confirmations) may be JSON, CSV (UTF-8 with or without BOM, `,` or `;`) or .xlsx (first sheet).
                - This document: `GET /api/v1/openapi.json` (or `.yaml`) on the server.
                """,
            Contact = new OpenApiContact { Name = "Remediation maintainers", Url = new Uri("https://remediation.example/support") },
            License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://remediation.example/license") },
        };
        document.Servers =
        [
            new OpenApiServer { Url = "http://127.0.0.1:5080", Description = "The standalone server (dotnet run --project src/Remediation.Server)" },
            new OpenApiServer
            {
                Url = "https://{functionApp}.azurewebsites.net",
                Description = "The Azure Functions app",
                Variables = new Dictionary<string, OpenApiServerVariable>
                {
                    ["functionApp"] = new() { Default = "remediation", Description = "The Functions app's name" },
                },
            },
        ];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [SecurityScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key issued by POST /api/v1/admin/api-keys, as 'Authorization: Bearer <key>'. The simple option for scripts.",
            },
            [TokenScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An OpenID Connect access token from the configured issuer (GET /api/v1/session/settings names it): a person " +
                    "signed in with the authorization code flow, or a machine client with client credentials. What it may do comes from " +
                    "its membership (POST /api/v1/admin/members); a valid token without one is 403.",
            },
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(TokenScheme, document)] = [] },
        ];
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Cases", Description = "Grievances and what they stand at: intake, lists, the case, its timeline and its worker ledger." },
            new()
            {
                Name = "Commands",
                Description = "Everything that moves a case on; each is checked at once, then applied by the case's orchestration.",
            },
            new() { Name = "Evidence", Description = "Files that findings, payments and receipts cite." },
            new() { Name = "Reports", Description = "Every case at a glance, for caseworkers." },
            new()
            {
                Name = "Subscriptions",
                Description = "Webhook endpoints that receive the notifications addressed to your party, and their delivery logs.",
            },
            new() { Name = "Admin", Description = "Parties and API keys." },
            new() { Name = "Problems", Description = "What each problem type means." },
            new() { Name = "Health", Description = "Probes for load balancers and monitors." },
        };
    }

    /// <summary>The request this API sends to a subscription's url, as an OpenAPI 3.1 webhook.</summary>
    private static async Task DescribeWebhookAsync(
        OpenApiDocument document,
        OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken)
    {
        var body = await context.GetOrCreateSchemaAsync(typeof(Contracts.Notifications.NotificationEvent), null, cancellationToken)
            .ConfigureAwait(false);
        document.Components!.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas["NotificationEvent"] = body;
        IOpenApiParameter Header(string name, string description) =>
            new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Header,
                Required = true,
                Description = description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        document.Webhooks = new Dictionary<string, IOpenApiPathItem>
        {
            ["notification"] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation>
                {
                    [HttpMethod.Post] = new()
                    {
                        OperationId = "ReceiveNotification",
                        Summary = "A notification, POSTed to your subscription's url",
                        Description = "Signed as Standard Webhooks says: verify webhook-signature (v1, base64 HMAC-SHA256 of "
                            + "\"{webhook-id}.{webhook-timestamp}.{body}\" under your secret's bytes; two signatures during a secret rotation) "
                            + "before you trust the body, and de-duplicate on webhook-id. Any 2xx within 10 seconds is delivered; "
                            + "anything else is retried with backoff for 24 hours; 410 Gone disables the subscription.",
                        Tags = new HashSet<OpenApiTagReference> { new("Subscriptions", document) },
                        Security = [],
                        Parameters =
                        [
                            Header("webhook-id", "The delivery's id: the same on every redelivery."),
                            Header("webhook-timestamp", "When this attempt was signed, in Unix seconds; refuse old ones."),
                            Header("webhook-signature", "v1,<base64 signature>, space-separated when more than one secret signs."),
                        ],
                        RequestBody = new OpenApiRequestBody
                        {
                            Required = true,
                            Content = new Dictionary<string, OpenApiMediaType>
                            {
                                ["application/cloudevents+json"] = new() { Schema = new OpenApiSchemaReference("NotificationEvent", document) },
                            },
                        },
                        Responses = new OpenApiResponses
                        {
                            ["200"] = new OpenApiResponse { Description = "Received (any 2xx)." },
                            ["410"] = new OpenApiResponse { Description = "Gone: the subscription is disabled and nothing more is sent." },
                        },
                    },
                },
            },
        };
    }

    private static async Task DescribeAsync(
        OpenApiOperation operation,
        ApiRoute route,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        operation.OperationId = route.Name;
        operation.Summary = route.Summary;
        operation.Description = (route.Description ?? string.Empty)
            + (route.Anonymous
                ? string.Empty
                : $" For {string.Join(", ", route.Roles.Select(r => r.ToString().ToLowerInvariant()))} keys.");
        operation.Tags = new HashSet<OpenApiTagReference> { new(route.Tag, context.Document) };
        if (route.Anonymous)
        {
            operation.Security = [];
        }

        operation.Parameters ??= [];
        foreach (var name in Placeholders(route.Template).Where(n => !operation.Parameters.Any(p => p.Name == n)))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 64 },
            });
        }

        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Path))
        {
            parameter.Description ??= PathParameterDescription(parameter.Name!);
        }

        foreach (var query in route.Query)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = query.Name,
                In = ParameterLocation.Query,
                Description = query.Description,
                Schema = await context.GetOrCreateSchemaAsync(query.Type, null, cancellationToken).ConfigureAwait(false),
            });
        }

        if (route.IsCommand)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = CommandEndpoint.IdempotencyHeader,
                In = ParameterLocation.Header,
                Description = "Names the command (1 to 64 letters, digits or . _ -); sending it again with the same key is harmless. "
                    + "Default: a new id per request.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Za-z0-9._-]{1,64}$" },
            });
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "Prefer",
                In = ParameterLocation.Header,
                Description = $"RFC 7240 'wait=N': wait up to N seconds (at most {CommandEndpoint.MaxWaitSeconds}) "
                    + "for the command's final outcome: 200 applied, or the refusal's problem.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^wait=[0-9]+$" },
                Example = JsonValue.Create("wait=5"),
            });
        }

        if (route.Body is { } routeBody)
        {
            // Request bodies become named components, as response bodies are, so that generated clients name them.
            IOpenApiSchema schema = await context.GetOrCreateSchemaAsync(routeBody.Type, null, cancellationToken).ConfigureAwait(false);
            if (routeBody.Type != typeof(Stream) && context.Document is { } document)
            {
                document.AddComponent(routeBody.Type.Name, schema);
                schema = new OpenApiSchemaReference(routeBody.Type.Name, document);
            }

            var body = new OpenApiRequestBody
            {
                Required = !routeBody.Optional,
                Description = routeBody.ContentTypes.Count > 1 && routeBody.Type != typeof(Stream)
                    ? "JSON; or the same rows as a spreadsheet: text/csv, or .xlsx (first sheet). "
                        + "Spreadsheet problems are reported by row and column."
                    : null,
                Content = new Dictionary<string, OpenApiMediaType>(),
            };
            foreach (var contentType in routeBody.ContentTypes)
            {
                body.Content[contentType] = contentType == RemediationApi.Json
                    ? new OpenApiMediaType
                    {
                        Schema = schema,
                        Example = routeBody.Example is { } example
                            ? JsonSerializer.SerializeToNode(example, example.GetType(), ApiJson.Options)
                            : null,
                    }
                    : new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
            }

            operation.RequestBody = body;
        }

        foreach (var response in route.Responses)
        {
            if (operation.Responses?.TryGetValue(
                    response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    out var described) == true
                && described is OpenApiResponse r)
            {
                r.Description = response.Description;
                if (response.Status is 201 or 202)
                {
                    r.Headers = new Dictionary<string, IOpenApiHeader>
                    {
                        ["Location"] = new OpenApiHeader
                        {
                            Description = response.Status == 202 ? "The command's status." : "The new resource.",
                            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                        },
                    };
                }
            }
        }

        Describe(operation.Responses!);
    }

    /// <summary>Problem responses are described by their problem type.</summary>
    private static void Describe(OpenApiResponses responses)
    {
        foreach (var (status, response) in responses)
        {
            if (response is OpenApiResponse r
                && int.TryParse(status, out var code)
                && code >= 400
                && r.Content?.ContainsKey(ProblemResult.ContentType) == true)
            {
                var type = ProblemTypes.ForStatus(code);
                r.Description = $"{type.Title} (problem type {type.Uri}).";
            }
        }
    }

    private static IEnumerable<string> Placeholders(string template) =>
        template.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}'));

    private static string PathParameterDescription(string name) => name switch
    {
        "caseId" => "The case's id, as POST /cases returned it.",
        "commandId" => "The command's id: its Idempotency-Key, or the commandId of its 202.",
        "evidenceId" => "The evidence's id, as its upload returned it.",
        "keyId" => "The key's id (not the secret).",
        "problemType" => "The last segment of a problem's type.",
        _ => name,
    };
}
