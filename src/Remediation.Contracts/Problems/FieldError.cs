using System.Text.Json.Serialization;

namespace Remediation.Contracts.Problems;

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
