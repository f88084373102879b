using System.Text.RegularExpressions;
using Remediation.Domain.Validation;

namespace Remediation.Api.Sheets;

/// <summary>
/// Where each item of a payload read from a spreadsheet came from, so that a problem the command's handler finds at
/// <c>$.payments[3].amount</c> is reported at <c>row 5, column amount</c>, as the spreadsheet shows it.
/// </summary>
public sealed partial class SheetRows(string member)
{
    private readonly List<int> items = [];
    private readonly Dictionary<(int Item, int Sub), int> subItems = [];

    public void Add(int row) => items.Add(row);

    public void AddSub(int item, int sub, int row) => subItems[(item, sub)] = row;

    public int Count => items.Count;

    /// <summary>The errors with JSON paths of this payload turned into rows and columns; others as they are.</summary>
    public IReadOnlyList<FieldError> Translate(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new FieldErrors(errors.Select(e =>
        {
            var match = Path().Match(e.Path);
            if (!match.Success
                || match.Groups["member"].Value != member
                || !int.TryParse(match.Groups["item"].Value, out var item)
                || item >= items.Count)
            {
                return e;
            }

            var row = items[item];
            if (match.Groups["sub"].Success && int.TryParse(match.Groups["sub"].Value, out var sub))
            {
                row = subItems.GetValueOrDefault((item, sub), row);
            }

            var column = match.Groups["column"].Success ? match.Groups["column"].Value : "ref";
            return FieldError.InSheet(row, column, e.Message);
        }), FieldErrors.TotalOf(errors));
    }

    [GeneratedRegex(@"^\$\.(?<member>\w+)\[(?<item>\d+)\](?:\.\w+\[(?<sub>\d+)\])?(?:\.(?<column>\w+))?")]
    private static partial Regex Path();
}
