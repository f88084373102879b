namespace Remediation.Web.Components;

/// <summary>What a form field's text means to the API: a blank field is an absent member, not an empty string.</summary>
public static class FormInput
{
    public static string? OrNull(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
