using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Remediation.Testing;

/// <summary>
/// Checks every response a test receives against the committed API document (docs/openapi.json): the status must
/// be documented for that route, and a JSON body must validate (JsonSchema.Net, 2020-12) against the schema the
/// document gives for that route, status and content type. A field renamed in code but not in the document fails
/// the test that received it.
/// </summary>
internal sealed class ContractCheck : DelegatingHandler
{
    private static readonly Lazy<JsonObject> Document = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Remediation.Development.AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory), "docs", "openapi.json")))!.AsObject());

    private static readonly Lazy<IReadOnlyList<(Regex Pattern, string Template)>> Paths = new(() =>
        [.. Document.Value["paths"]!.AsObject().Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{[^}]+}", "[^/]+") + "$"), p.Key))]);

    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();
    private static readonly Lock Evaluating = new();

    public ContractCheck(HttpMessageHandler? inner = null)
    {
        InnerHandler = inner ?? new HttpClientHandler();
    }

    /// <summary>Responses checked so far in this process, for the record.</summary>
    public static int Checked => checkedCount;

    private static int checkedCount;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await CheckAsync(request, response, cancellationToken).ConfigureAwait(false);
        return response;
    }

    public static async Task CheckAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var path = request.RequestUri!.AbsolutePath;
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var template = Paths.Value.FirstOrDefault(p => p.Pattern.IsMatch(path)).Template;
        var operation = template is null ? null : Document.Value["paths"]![template]![request.Method.Method.ToLowerInvariant()];
        string pointer;
        if (operation is null)
        {
            // Unknown routes and methods: the document promises problem details.
            if (status is not ("404" or "405" or "429"))
            {
                throw new ContractViolation($"{request.Method} {path} answered {status}, and the API document has no such operation.");
            }

            pointer = "#/components/schemas/ProblemDetails";
        }
        else
        {
            var responseNode = operation["responses"]?[status]
                ?? throw new ContractViolation($"{request.Method} {path} answered {status}, which the API document does not list for {template}.");
            if (mediaType is null || !(mediaType.EndsWith("json", StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref checkedCount);
                return;
            }

            if (responseNode["content"]?[mediaType]?["schema"] is null)
            {
                throw new ContractViolation($"{request.Method} {path} answered {status} with {mediaType}, which the API document does not describe for {template}.");
            }

            pointer = $"#/paths/{Escape(template!)}/{request.Method.Method.ToLowerInvariant()}/responses/{status}/content/{Escape(mediaType)}/schema";
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        Validate(pointer, body, $"{request.Method} {path} answered {status} with a body that breaks the API document ({pointer})");
    }

    /// <summary>Checks a webhook delivery's body against the document's webhook (components/schemas/NotificationEvent).</summary>
    public static void CheckWebhookBody(string body)
    {
        Validate("#/components/schemas/NotificationEvent", body, "A webhook body breaks the API document's NotificationEvent");
    }

    private static void Validate(string pointer, string body, string violation)
    {
        using var json = JsonDocument.Parse(body);
        EvaluationResults result;
        // JsonSchema.Net keeps the schemas it resolves $ref against in a shared registry that is not safe to fill
        // from several threads: a registration lost in a race broke every later check of that schema.
        lock (Evaluating)
        {
            result = Schemas.GetOrAdd(pointer, Build).Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        }

        Interlocked.Increment(ref checkedCount);
        if (!result.IsValid)
        {
            var problems = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Select(e => $"{e.Key} {e.Value}"))}");
            throw new ContractViolation($"{violation}: {string.Join(" | ", problems)}{Environment.NewLine}{body}");
        }
    }

    /// <summary>The schema at <paramref name="pointer"/>, with the document's components as its $defs.</summary>
    private static JsonSchema Build(string pointer)
    {
        var node = pointer.TrimStart('#', '/').Split('/').Aggregate((JsonNode)Document.Value, (n, segment) => n[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]!);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = Document.Value["components"]!["schemas"]!.DeepClone(),
        };
        foreach (var (key, value) in node.AsObject())
        {
            schema[key] = value?.DeepClone();
        }

        var text = schema.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        return JsonSchema.FromText(text, baseUri: new Uri($"https://contract.remediation.test/{Guid.NewGuid():N}"));
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}

internal sealed class ContractViolation(string message) : Exception(message);
