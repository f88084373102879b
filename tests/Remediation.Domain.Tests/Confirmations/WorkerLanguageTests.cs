using Remediation.Domain.Confirmations;
using Remediation.Domain.Geography;

namespace Remediation.Domain.Tests.Confirmations;

public class WorkerLanguageTests
{
    [Theory]
    [InlineData("th", "km", "MM", "vi", "th")]
    [InlineData("xx", "km", "MM", "vi", "km")]
    [InlineData(null, null, "MM", "vi", "my")]
    [InlineData(null, null, "NP", null, "ne")]
    [InlineData(null, null, "PH", "id-ID,id;q=0.9,en;q=0.8", "id")]
    [InlineData(null, null, "PH", "fr-FR, de", "en")]
    [InlineData(null, null, null, null, "en")]
    public void A_language_asked_for_comes_first_then_the_codes_then_the_nationalitys_then_the_browsers(
        string? asked, string? forCode, string? nationality, string? acceptLanguage, string expected) =>
        Assert.Equal(expected, WorkerLanguage.Pick(asked, forCode, nationality is null ? null : Country.Of(nationality), acceptLanguage));

    [Fact]
    public void Every_language_has_a_name_in_itself() =>
        Assert.Equal(WorkerLanguage.All.Order(StringComparer.Ordinal), WorkerLanguage.Names.Keys.Order(StringComparer.Ordinal));
}
