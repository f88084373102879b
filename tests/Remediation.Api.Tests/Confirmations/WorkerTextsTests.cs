using Remediation.Api.Confirmations;
using Remediation.Domain.Confirmations;

namespace Remediation.Api.Tests.Confirmations;

public class WorkerTextsTests
{
    public static TheoryData<string> Languages => [.. WorkerLanguage.All];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_has_every_text_and_no_other(string language)
    {
        var english = WorkerTexts.NamesIn(WorkerLanguage.English);
        Assert.True(english.Count >= 40, "the English texts are read");
        Assert.Equal(english.Order(StringComparer.Ordinal), WorkerTexts.NamesIn(language).Order(StringComparer.Ordinal));
        var texts = new WorkerTexts();
        Assert.All(english, name => Assert.False(string.IsNullOrWhiteSpace(texts.Get(language, name)), $"{language}: {name} is empty"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_translation_keeps_what_the_worker_types_as_it_is(string language)
    {
        var texts = new WorkerTexts();
        Assert.Contains("ABCD-EFGH-JKMN", texts.Get(language, "CodeHint"), StringComparison.Ordinal);
        Assert.All(["1", "2", "3", "P"], typed => Assert.Contains(typed, texts.Get(language, "SlipLine3"), StringComparison.Ordinal));
        if (language != WorkerLanguage.English)
        {
            Assert.NotEqual(texts.Get(WorkerLanguage.English, "Title"), texts.Get(language, "Title"));
        }
    }
}
