using Remediation.Domain.Paging;
using Remediation.Domain.Parties;
using Remediation.Domain.Procurement;
using Remediation.Storage.Procurement;
using Remediation.Testing;

namespace Remediation.Storage.Tests.Procurement;

public class ContractStoreTests
{
    private static BuyerContract Contract(string id, string supplier, DateOnly? ends = null) =>
        new(id, "Crown Commercial Service", supplier, ContractValueBand.From1MillionTo10Million, "GBP", new DateOnly(2026, 1, 1), ends,
            new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), ActedBy.Person("mem_casey", "Casey Caseworker"))
        {
            Title = "End-user computing devices",
        };

    [Fact]
    public async Task A_contract_is_registered_once_and_read_back_as_given()
    {
        var store = new TableContractStore(await TestStorage.NewTablesAsync(), TestStorage.Keys);
        var contract = Contract("RM6068-LOT1", "SUP-1", new DateOnly(2028, 12, 31));

        Assert.True(await store.AddAsync(contract));
        Assert.False(await store.AddAsync(contract with { Buyer = "Someone else" }));

        Assert.Equal(contract, await store.GetAsync("RM6068-LOT1"));
        Assert.Null(await store.GetAsync("NOPE"));
    }

    [Fact]
    public async Task A_suppliers_contracts_are_listed_apart_from_others()
    {
        var store = new TableContractStore(await TestStorage.NewTablesAsync(), TestStorage.Keys);
        await store.AddAsync(Contract("C-1", "SUP-1"));
        await store.AddAsync(Contract("C-2", "SUP-2"));
        await store.AddAsync(Contract("C-3", "SUP-1"));

        var supplier = await store.ListAsync("SUP-1", PageRequest.First);
        var all = await store.ListAsync(null, PageRequest.First);

        Assert.Equal(["C-1", "C-3"], supplier.Items.Select(c => c.Id));
        Assert.Equal(3, all.Items.Count);
        Assert.True(Contract("C-9", "SUP-1", new DateOnly(2026, 6, 30)).IsActiveOn(new DateOnly(2026, 6, 30)));
        Assert.False(Contract("C-9", "SUP-1", new DateOnly(2026, 6, 30)).IsActiveOn(new DateOnly(2026, 7, 1)));
    }
}
