using System.Net.Http.Headers;
using System.Text;

namespace Remediation.Api.Tests.Builders;

/// <summary>Small evidence files as a party would upload them.</summary>
internal static class Files
{
    /// <summary>A minimal PDF; <paramref name="marker"/> makes its content (and so its evidence id) unique.</summary>
    public static ByteArrayContent Pdf(string marker = "")
    {
        var content = new ByteArrayContent(
            Encoding.ASCII.GetBytes($"%PDF-1.7\n% {marker}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }
}
