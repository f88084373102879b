using System.Text.Json.Serialization;

namespace Remediation.Contracts.Problems;

/// <summary>An error, as RFC 9457 problem details (<c>application/problem+json</c>).</summary>
public sealed record ProblemDetails
{
    /// <summary>This API's problem type (see <see cref="ProblemTypes"/>); GET it for a description.</summary>
    public required string Type { get; init; }

    public required string Title { get; init; }

    public required int Status { get; init; }

    /// <summary>What went wrong and what to do about it.</summary>
    public string? Detail { get; init; }

    public string? Instance { get; init; }

    /// <summary>Quote it when asking for help: it finds the request in the server's traces.</summary>
    public string? TraceId { get; init; }

    /// <summary>The bad fields, by JSON path (or by spreadsheet row and column): every one, up to the first 100.</summary>
    public IReadOnlyList<FieldError>? Errors { get; init; }

    /// <summary>How many bad fields there are in all (more than the 100 listed when the request was wrong in many places).</summary>
    public int? ErrorCount { get; init; }

    /// <summary>The command a refusal is about (command routes).</summary>
    public string? CommandId { get; init; }
}

/// <summary>One bad field: where, and what was expected.</summary>
public sealed record FieldError
{
    /// <summary>A JSON path (<c>$.workers[3].fees[0].amount</c>) or, in a spreadsheet, <c>row 12, column amount</c>.</summary>
    public required string Path { get; init; }

    public required string Message { get; init; }

    /// <summary>Spreadsheets: the row as the spreadsheet shows it (the header is row 1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Row { get; init; }

    /// <summary>Spreadsheets: the column's header name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Column { get; init; }
}
