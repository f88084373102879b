namespace Remediation.Api.OpenApi;

/// <summary>docs/openapi.json as embedded in this assembly at build time: what the Functions app serves.</summary>
public static class CommittedDocument
{
    public static byte[] Json()
    {
        using var stream = typeof(CommittedDocument).Assembly.GetManifestResourceStream("Remediation.Api.openapi.json")
            ?? throw new InvalidOperationException("docs/openapi.json was not embedded; build from the repository.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
