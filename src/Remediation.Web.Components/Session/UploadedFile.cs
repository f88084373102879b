using Microsoft.AspNetCore.Components.Forms;
using Remediation.Client;

namespace Remediation.Web.Session;

/// <summary>A file the user chose, read into memory (at most 20 MB, as the API takes), with its spreadsheet format.</summary>
public static class UploadedFile
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public static async Task<(MemoryStream Content, SheetFormat Format)> ReadAsync(IBrowserFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var buffer = new MemoryStream();
        await using (var read = file.OpenReadStream(MaxBytes))
        {
            await read.CopyToAsync(buffer).ConfigureAwait(true);
        }

        buffer.Position = 0;
        return (buffer, file.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? SheetFormat.Xlsx : SheetFormat.Csv);
    }

    /// <summary>The problems a refusal lists, or its detail when it lists none.</summary>
    public static IReadOnlyList<Contracts.Problems.FieldError> ProblemsOf(RemediationApiException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Errors.Count > 0 ? refusal.Errors : [new() { Path = "$", Message = refusal.Detail ?? refusal.Message }];
    }
}
