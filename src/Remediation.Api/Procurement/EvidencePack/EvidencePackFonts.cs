using PdfSharp.Fonts;

namespace Remediation.Api.Procurement.EvidencePack;

/// <summary>
/// Gives PDFsharp the embedded Noto Sans for every family: the Core build finds no system fonts on Linux. One instance for
/// the process, because PDFsharp refuses a different resolver once fonts were used and several hosts share a test process.
/// </summary>
public sealed class EvidencePackFonts : IFontResolver
{
    /// <summary>The family the pack asks for; any other name resolves to the same face.</summary>
    public const string Family = "Noto Sans";

    private const string FaceName = "NotoSans-Regular";
    private const string ResourceName = "Remediation.Api.Fonts.NotoSans_400Regular.ttf";

    private static readonly Lock Gate = new();
    private static readonly Lazy<byte[]> Regular = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private EvidencePackFonts()
    {
    }

    public static EvidencePackFonts Instance { get; } = new();

    /// <summary>Sets the resolver unless it is already this one; safe to call before every rendering.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    // Only the regular face is embedded: bold is simulated, italic is never asked for by the pack.
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName, bold, italic);

    public byte[]? GetFont(string faceName) => Regular.Value;

    private static byte[] Load()
    {
        using var stream = typeof(EvidencePackFonts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded font '{ResourceName}' is missing.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
