using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using Remediation.Domain.Confirmations;

namespace Remediation.Api.Confirmations;

/// <summary>
/// The worker page's, slips' and text replies' words, from Resources/WorkerText.resx (English) and
/// WorkerText.&lt;language&gt;.resx. Each language is its own resource set rather than a satellite assembly: the hosts
/// run with invariant globalization, where cultures such as <c>my</c> or <c>km</c> cannot be created.
/// </summary>
public sealed class WorkerTexts
{
    private static readonly FrozenDictionary<string, ResourceManager> Sets = WorkerLanguage.All.ToFrozenDictionary(
        language => language,
        language => new ResourceManager(
            language == WorkerLanguage.English ? "Remediation.Api.Confirmations.WorkerText" : $"Remediation.Api.Confirmations.WorkerText.{language}",
            typeof(WorkerTexts).Assembly));

    /// <summary>The text <paramref name="name"/> in <paramref name="language"/>, else in English.</summary>
#pragma warning disable CA1822 // An instance, injected where texts are needed, so a test or host could give other texts.
    public string Get(string language, string name) =>
        (Sets.TryGetValue(language, out var set) ? set.GetString(name, CultureInfo.InvariantCulture) : null)
        ?? Sets[WorkerLanguage.English].GetString(name, CultureInfo.InvariantCulture)
        ?? throw new KeyNotFoundException($"The worker text {name} does not exist.");
#pragma warning restore CA1822

    /// <summary>Every text name a language has (for the test that each language has every text).</summary>
    public static IReadOnlySet<string> NamesIn(string language)
    {
        // Not disposed: the resource manager keeps this set for the texts it gives out.
        var set = Sets[language].GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        return set?.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal)
            ?? new HashSet<string>(StringComparer.Ordinal);
    }
}
