using System.Text;
using Remediation.Contracts.Confirmations;

namespace Remediation.Web.Components;

/// <summary>A batch of codes as a CSV file (ref,code), UTF-8, for the partner to keep or print before the codes leave the screen.</summary>
public static class IssuedCodesCsv
{
    public static byte[] Of(ConfirmationCodesIssued issued)
    {
        ArgumentNullException.ThrowIfNull(issued);
        var csv = new StringBuilder("ref,code\r\n");
        foreach (var code in issued.Codes)
        {
            csv.Append(Cell(code.Ref)).Append(',').Append(Cell(code.Code)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    // A reference may start with '-', which a spreadsheet would read as a formula: a leading apostrophe keeps it text.
    private static string Cell(string value) => value.StartsWith('-') ? "'" + value : value;
}
