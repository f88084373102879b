using Remediation.Contracts.Procurement;
using Remediation.Domain.Procurement;

namespace Remediation.Api.Views;

public static class ProcurementViews
{
    public static ContractView Contract(BuyerContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new ContractView
        {
            Id = contract.Id,
            Buyer = contract.Buyer,
            Title = contract.Title,
            SupplierId = contract.SupplierId,
            ValueBand = (Contracts.Procurement.ContractValueBand)(int)contract.ValueBand,
            ValueCurrency = contract.ValueCurrency,
            StartsOn = contract.StartsOn,
            EndsOn = contract.EndsOn,
            RegisteredAt = contract.RegisteredAt,
            RegisteredBy = AdminViews.ActedBy(contract.RegisteredBy),
        };
    }

    public static Domain.Procurement.ContractValueBand Band(Contracts.Procurement.ContractValueBand band) =>
        (Domain.Procurement.ContractValueBand)(int)band;
}
