namespace Remediation.Web.Resources;

/// <summary>The console's user-visible text (Text.resx; add Text.&lt;culture&gt;.resx to translate).</summary>
public sealed class Text;
