using Remediation.Domain.Keys;
using Remediation.Domain.Parties;
using Remediation.Domain.Timeline;

namespace Remediation.Domain.Tests.Timeline;

public class ActedByTests
{
    private static readonly KeyRing Keys = KeyRing.Generate();
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly ActedBy Casey = ActedBy.Person("mem_casey", "Casey Caseworker");

    private static TimelineEntry Entry(ActedBy? by) =>
        TimelineEntry.Chain(1, TimelineHash.Genesis, TimelineRecord.Of(At, new Actor(Role.Caseworker, null) { By = by }, "stage.changed", "Triaged."), Keys);

    [Fact]
    public void An_entry_written_before_people_were_recorded_still_verifies()
    {
        var old = Entry(null);

        Assert.True(old.IsIntact(Keys));
        Assert.Equal(
            TimelineHash.Of(Keys.Current(KeyPurpose.Timeline), 1, TimelineHash.Genesis, At, Role.Caseworker, null, "stage.changed", "Triaged."),
            old.Hash);
    }

    [Fact]
    public void Who_acted_is_sealed_into_the_hash_but_the_name_can_be_erased()
    {
        var entry = Entry(Casey);

        Assert.True(entry.IsIntact(Keys));
        Assert.False((entry with { By = Casey with { Id = "mem_other" } }).IsIntact(Keys));
        Assert.False((entry with { By = null }).IsIntact(Keys));
        Assert.True((entry with { By = Casey with { Name = null } }).IsIntact(Keys));
    }

    [Fact]
    public void A_party_reads_the_names_of_its_own_people_only()
    {
        var entry = TimelineEntry.Chain(
            1, TimelineHash.Genesis,
            TimelineRecord.Of(At, Actor.Partner("PART-1") with { By = ActedBy.Person("mem_pat", "Pat Partner") }, "case.opened", "Opened."), Keys);

        Assert.Equal("Pat Partner", TimelineDisclosure.ActedByFor(entry, Actor.Partner("PART-1"))!.Name);
        Assert.Equal("Pat Partner", TimelineDisclosure.ActedByFor(entry, Actor.Caseworker())!.Name);
        var supplier = TimelineDisclosure.ActedByFor(entry, Actor.Supplier("SUP-1"))!;
        Assert.Null(supplier.Name);
        Assert.Equal("mem_pat", supplier.Id);
    }

    [Theory]
    [InlineData("  Casey \u0007Caseworker ", "Casey Caseworker")]
    [InlineData("\u0000\u0001", null)]
    [InlineData("", null)]
    public void A_display_name_loses_control_characters(string given, string? kept) => Assert.Equal(kept, ActedBy.Trimmed(given));

    [Fact]
    public void A_display_name_is_capped() => Assert.Equal(ActedBy.MaxNameLength, ActedBy.Trimmed(new string('n', 5000))!.Length);
}
