using Microsoft.Extensions.Localization;

// The texts are found by their namespace (Remediation.Web.Resources), as when they lived in Remediation.Web.
[assembly: RootNamespace("Remediation.Web")]

namespace Remediation.Web.Resources;

/// <summary>The console's user-visible text (Text.resx; add Text.&lt;culture&gt;.resx to translate).</summary>
public sealed class Text;
