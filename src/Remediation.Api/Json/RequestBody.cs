using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Remediation.Api.Problems;
using Remediation.Domain.Validation;

namespace Remediation.Api.Json;

/// <summary>Reads a request body within a size limit: JSON strictly into a type, or the raw text (CSV).</summary>
public static class RequestBody
{
    public static bool IsJson(HttpRequest request) =>
        request?.ContentType is { } type && type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    public static bool IsCsv(HttpRequest request) =>
        request?.ContentType is { } type && type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body text, or a problem (too large, empty, not UTF-8).</summary>
    public static async Task<(string? Text, IResult? Problem)> ReadTextAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return (null, Problem.TooLarge(limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, Problem.TooLarge(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var text = new System.Text.UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return text.Length == 0 ? (null, Problem.BadRequest("The request body is empty.")) : (text, null);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return (null, Problem.BadRequest("The request body is not valid UTF-8."));
        }
    }

    /// <summary>Reads JSON into <typeparamref name="T"/>; unknown fields, wrong types and broken JSON are a 400 naming the path.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, long limit, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request))
        {
            return (null, Problem.UnsupportedMediaType("Send this request as 'Content-Type: application/json'."));
        }

        var (text, problem) = await ReadTextAsync(request, limit, cancellationToken).ConfigureAwait(false);
        return text is null ? (null, problem) : Parse<T>(text);
    }

    public static (T? Value, IResult? Problem) Parse<T>(string text)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(text, ApiJson.Options);
            return value is null ? (null, Problem.BadRequest("The request body must be a JSON object.")) : (value, null);
        }
        catch (JsonException e)
        {
            var path = e.Path is { Length: > 0 } p ? p : "$";
            return (null, Problem.BadRequest($"The JSON is not valid at {path}.", [new FieldError(path, Explain(e))]));
        }
    }

    /// <summary>The parser's message, without echoing any of the request's content back.</summary>
    private static string Explain(JsonException e) => e.Message switch
    {
        var m when m.Contains("could not be mapped", StringComparison.Ordinal) => "Unknown field: only the documented fields are accepted (unknown fields could carry personal data).",
        var m when m.Contains("could not be converted", StringComparison.Ordinal) => "Wrong type or out of range for this field.",
        _ => "Malformed JSON.",
    };
}
