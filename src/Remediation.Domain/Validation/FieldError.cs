namespace Remediation.Domain.Validation;

/// <summary>
/// One problem with one field, located by its JSON path (<c>$.workers[3].fees[0].amount</c>), or for a spreadsheet
/// by the row and column it shows (<see cref="Row"/> counts the header as row 1).
/// </summary>
public sealed record FieldError(string Path, string Message)
{
    public int? Row { get; init; }

    public string? Column { get; init; }

    public static FieldError InSheet(int row, string column, string message) =>
        new($"row {row}, column {column}", message) { Row = row, Column = column };

    /// <summary>A problem with a whole spreadsheet row (its width, its quotes), or with the header (row 1).</summary>
    public static FieldError InRow(int row, string message) => new($"row {row}", message) { Row = row };
}
