using Remediation.Domain.Intake;
using Remediation.Storage.Intake;
using Remediation.Testing;

namespace Remediation.Storage.Tests.Intake;

public class IntakeRegistryTests
{
    private static async Task<TableIntakeRegistry> NewAsync() => new(await TestStorage.NewTablesAsync());

    [Fact]
    public async Task Replaying_the_same_body_yields_the_same_case()
    {
        var registry = await NewAsync();

        var first = await registry.ReserveAsync("PART-1", "MWRN-2016-001", "hash-a", "case-1");
        var replay = await registry.ReserveAsync("PART-1", "MWRN-2016-001", "hash-a", "case-2");

        Assert.Equal(new IntakeReservation(IntakeReservationStatus.Reserved, "case-1"), first);
        Assert.Equal(new IntakeReservation(IntakeReservationStatus.Replay, "case-1"), replay);
    }

    [Fact]
    public async Task The_same_reference_with_a_different_body_is_a_conflict()
    {
        var registry = await NewAsync();
        await registry.ReserveAsync("PART-1", "MWRN-2016-001", "hash-a", "case-1");

        var conflict = await registry.ReserveAsync("PART-1", "MWRN-2016-001", "hash-b", "case-2");

        Assert.Equal(new IntakeReservation(IntakeReservationStatus.Conflict, "case-1"), conflict);
    }

    [Fact]
    public async Task References_are_unique_per_partner_only()
    {
        var registry = await NewAsync();
        await registry.ReserveAsync("PART-1", "REF-1", "hash-a", "case-1");

        Assert.Equal(IntakeReservationStatus.Reserved, (await registry.ReserveAsync("PART-2", "REF-1", "hash-b", "case-2")).Status);
    }

    [Fact]
    public async Task Of_many_concurrent_identical_intakes_exactly_one_reserves()
    {
        var registry = await NewAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => registry.ReserveAsync("PART-1", "REF-1", "hash-a", $"case-{i}")));

        var reserved = Assert.Single(results, r => r.Status == IntakeReservationStatus.Reserved);
        Assert.All(results, r => Assert.Equal(reserved.CaseId, r.CaseId));
        Assert.Equal(29, results.Count(r => r.Status == IntakeReservationStatus.Replay));
    }
}
