using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Remediation.Api.Problems;
using Remediation.Domain.Validation;

namespace Remediation.Api.Json;

/// <summary>Reads a request body within a size limit: JSON strictly into a contract type, or the raw bytes (CSV, XLSX).</summary>
public static class RequestBody
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = ApiJson.Options.MaxDepth };

    public static bool IsJson(HttpRequest request) => Is(request, "application/json");

    public static bool IsCsv(HttpRequest request) => Is(request, "text/csv");

    public static bool IsXlsx(HttpRequest request) => Is(request, Sheets.SheetTable.XlsxContentType);

    /// <summary>The body's bytes, or a problem (too large, empty).</summary>
    public static async Task<(byte[]? Bytes, IResult? Problem)> ReadBytesAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
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

        return buffer.Length == 0 ? (null, Problem.BadRequest("The request body is empty.")) : (buffer.ToArray(), null);
    }

    /// <summary>The body as UTF-8 text (a byte-order mark is dropped), or a problem (too large, empty, not UTF-8).</summary>
    public static async Task<(string? Text, IResult? Problem)> ReadTextAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var (bytes, problem) = await ReadBytesAsync(request, limit, cancellationToken).ConfigureAwait(false);
        return bytes is null ? (null, problem) : Decode(bytes);
    }

    public static (string? Text, IResult? Problem) Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            var span = bytes.AsSpan();
            if (span.StartsWith(Encoding.UTF8.Preamble))
            {
                span = span[Encoding.UTF8.Preamble.Length..];
            }

            var text = new UTF8Encoding(false, true).GetString(span);
            return text.Length == 0 ? (null, Problem.BadRequest("The request body is empty.")) : (text, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, Problem.BadRequest("The request body is not valid UTF-8; save the file as UTF-8 (Excel: 'CSV UTF-8')."));
        }
    }

    /// <summary>
    /// Reads JSON into <typeparamref name="T"/>: broken JSON, unknown members, missing required members and wrongly
    /// typed values are a 400 listing every one by JSON path.
    /// </summary>
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
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException)
        {
            return (null, Malformed<T>(text));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Problem.BadRequest("The request body must be a JSON object.", [new FieldError("$", "Expected a JSON object.")]));
            }

            var errors = new ErrorList();
            JsonShape.Check(document.RootElement, ApiJson.Options.GetTypeInfo(typeof(T)), "$", errors);
            if (errors.Any)
            {
                return (null, Problem.BadRequest(
                    Count(errors.Count, "field") + " of the body " + (errors.Count == 1 ? "is" : "are") +
                        " not valid; fix them all and send it again.",
                    errors.Errors));
            }

            try
            {
                return (document.RootElement.Deserialize<T>(ApiJson.Options)!, null);
            }
            catch (JsonException e)
            {
                // Valid JSON the shape check passes but no .NET value holds, such as a string escaping half of a
                // surrogate pair ("\ud800"): it is not text.
                var path = e.Path is { Length: > 0 } p ? p : "$";
                return (null, Problem.BadRequest($"The value at {path} cannot be read.",
                    [
                        new FieldError(
                            path,
                            "Not a valid value: text must be Unicode characters (an escaped lone surrogate such as \\ud800 is not one)."),
                    ]));
            }
        }
    }

    /// <summary>"1 field", "3 fields".</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static bool Is(HttpRequest request, string mediaType) =>
        request?.ContentType is { } type && type.StartsWith(mediaType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the JSON breaks, from the serializer (which knows the path), without echoing any of the content.</summary>
    private static IResult Malformed<T>(string text)
    {
        try
        {
            JsonSerializer.Deserialize<T>(text, ApiJson.Options);
            return Problem.BadRequest("The JSON is malformed.", [new FieldError("$", "Malformed JSON.")]);
        }
        catch (JsonException e)
        {
            var path = e.Path is { Length: > 0 } p ? p : "$";
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
            return Problem.BadRequest(
                $"The JSON is malformed at {path}{where}.",
                [
                    new FieldError(
                        path,
                        $"Malformed JSON{where}: check quotes, commas and brackets; comments, trailing commas and NaN are not JSON."),
                ]);
        }
    }
}
