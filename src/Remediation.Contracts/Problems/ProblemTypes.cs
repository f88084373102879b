namespace Remediation.Contracts.Problems;

/// <summary>
/// The problem types of this API: <c>type</c> is <c>/api/v1/problems/{name}</c>, and GET on it describes the type.
/// </summary>
public static class ProblemTypes
{
    public const string Prefix = "/api/v1/problems/";

    public static readonly IReadOnlyList<ProblemType> All =
    [
        new(
            "validation",
            400,
            "The request is not valid",
            "A field is missing, of the wrong type or out of range, or a spreadsheet cell is wrong. "
                + "`errors` lists every bad field by JSON path (or spreadsheet row and column) with what was expected. "
                + "Fix them all and send the request again."),
        new("unauthenticated", 401, "Authentication required", "Send a valid, unexpired API key as 'Authorization: Bearer <key>'."),
        new("forbidden", 403, "Not allowed for your role", "Your key's role (or party) may not do this; `detail` says who may."),
        new(
            "not-found",
            404,
            "Not found",
            "There is no such resource that your key may see. A case that is not yours is reported exactly like one that does not exist."),
        new(
            "method-not-allowed",
            405,
            "Method not allowed",
            "The route exists but not with this method; the Allow header lists the methods it takes."),
        new(
            "conflict",
            409,
            "Conflict with the current state",
            "The case is not in a stage that allows this, or the reference was already used with a different body. "
                + "`detail` says which stages allow it."),
        new(
            "not-acceptable",
            406,
            "Not acceptable",
            "The route cannot answer in the media type the Accept header asks for; `detail` names the types it serves."),
        new("payload-too-large", 413, "Request body too large", "Send large batches in several requests."),
        new("unsupported-media-type", 415, "Unsupported content type", "Send the body with one of the content types the route documents."),
        new(
            "rule-violated",
            422,
            "The request breaks a rule",
            "The request is well formed but breaks a rule of the case (for example paying more than is owed). "
                + "`detail` and `errors` say which."),
        new("rate-limited", 429, "Too many requests", "Wait for the seconds in Retry-After and send again."),
        new(
            "internal",
            500,
            "Internal error",
            "Something failed on our side; nothing about it is shown. Quote `traceId` when you report it. "
                + "Resending with the same Idempotency-Key is safe."),
        new(
            "unavailable",
            503,
            "Temporarily unavailable",
            "Storage or the durable engine is out of reach. Nothing was half-written; send again after Retry-After."),
    ];

    public static ProblemType ForStatus(int status) => All.FirstOrDefault(t => t.Status == status) ?? All.First(t => t.Status == 500);

    public static ProblemType? Named(string name) => All.FirstOrDefault(t => t.Name == name);
}
