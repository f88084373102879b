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
