using SkiaSharp;

namespace Remediation.Api.Confirmations.Slips;

/// <summary>The slip typefaces, read once from this assembly's embedded fonts so that rendering never depends on the host's fonts.</summary>
internal static class SlipFonts
{
    private const string ResourcePrefix = "Remediation.Api.Fonts.";

    private static readonly Lazy<SKTypeface> LatinFont = Load("NotoSans_400Regular.ttf");
    private static readonly Lazy<SKTypeface> MyanmarFont = Load("NotoSansMyanmar_400Regular.ttf");
    private static readonly Lazy<SKTypeface> DevanagariFont = Load("NotoSansDevanagari_400Regular.ttf");
    private static readonly Lazy<SKTypeface> BengaliFont = Load("NotoSansBengali_400Regular.ttf");
    private static readonly Lazy<SKTypeface> ThaiFont = Load("NotoSansThai_400Regular.ttf");
    private static readonly Lazy<SKTypeface> KhmerFont = Load("NotoSansKhmer_400Regular.ttf");

    /// <summary>Noto Sans: Latin (Vietnamese included); the code, the address and any Latin inside other scripts.</summary>
    public static SKTypeface Latin => LatinFont.Value;

    /// <summary>The typeface for the script of a slip language; Latin for en, ms, vi, id and anything unknown.</summary>
    public static SKTypeface ForLanguage(string language) => language.ToUpperInvariant() switch
    {
        "MY" => MyanmarFont.Value,
        "NE" => DevanagariFont.Value,
        "BN" => BengaliFont.Value,
        "TH" => ThaiFont.Value,
        "KM" => KhmerFont.Value,
        _ => LatinFont.Value,
    };

    private static Lazy<SKTypeface> Load(string fileName) => new(() =>
    {
        var name = ResourcePrefix + fileName;
        using var stream = typeof(SlipFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font '{name}' is missing from {typeof(SlipFonts).Assembly.GetName().Name}.");
        // Copied into Skia-owned memory: a typeface made over a managed stream would outlive it (SkiaSharp issue 376).
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The embedded font '{name}' is not a font Skia can read.");
    }, LazyThreadSafetyMode.ExecutionAndPublication);
}
