using Remediation.Api.Routing;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Procurement;
using Remediation.Domain.Parties;

namespace Remediation.Api.Procurement;

/// <summary>The public buyer's routes: contracts, suppliers with their record and risk indicators, the evidence pack and record exports.</summary>
public sealed class ProcurementRoutes(
    RegisterContract register,
    ListContracts listContracts,
    GetContract getContract,
    ListSuppliers listSuppliers,
    GetSupplier getSupplier,
    SupplierEvidencePack evidencePack,
    SupplierRecordDownload record)
{
    private static readonly Role[] ContractKeepers = [Role.Caseworker, Role.Admin];

    public IEnumerable<ApiRoute> Routes(QueryParameter[] pageQuery) =>
    [
        new("RegisterContract", "POST", "contracts", ContractKeepers, register.HandleAsync)
        {
            Tag = "Suppliers", Summary = "Register a public buyer's contract with a supplier (caseworkers, admins)",
            Description = "Gives a contract an identifier, its buyer, value band and dates. Registered once; a correction is a new " +
                $"contract. At most {Domain.Procurement.BuyerContract.MaxPerSupplier} per supplier. Triage names contracts by these ids.",
            Body = new(
                typeof(RegisterContractRequest),
                [RemediationApi.Json],
                new RegisterContractRequest
                {
                    Id = "CCS-RM6068-001", Buyer = "Crown Commercial Service", SupplierId = "SUP-CALCOMP",
                    ValueBand = ContractValueBand.From10MillionTo100Million, ValueCurrency = "GBP", StartsOn = new DateOnly(2025, 4, 1),
                    EndsOn = new DateOnly(2029, 3, 31), Title = "Technology Products and Associated Services 2",
                }),
            Responses = [new(201, typeof(ContractView), "Registered; Location is the contract.")], Problems = [409, 422],
        },
        new("ListContracts", "GET", "contracts", ContractKeepers, listContracts.HandleAsync)
        {
            Tag = "Suppliers", Summary = "List registered contracts (caseworkers, admins)",
            Query = [new("supplierId", typeof(string), "Only this supplier's contracts."), .. pageQuery],
            Responses = [new(200, typeof(Page<ContractView>), "A page of contracts, by id.")],
        },
        new("GetContract", "GET", "contracts/{contractId}", ContractKeepers, getContract.HandleAsync)
        {
            Tag = "Suppliers", Summary = "Read a contract (caseworkers, admins)", Responses = [new(200, typeof(ContractView), "The contract.")],
        },
        new("ListSuppliers", "GET", "suppliers", [Role.Caseworker], listSuppliers.HandleAsync)
        {
            Tag = "Suppliers", Summary = "Suppliers with their risk indicators (caseworkers)",
            Description = "Every registered supplier and every indicator (GET /suppliers/method says how each is computed; there is " +
                "no composite score). Sort by name or any indicator, filter by any indicator.",
            Query =
            [
                new("sort", typeof(string), "name (default) or an indicator's name; put - before it for descending: sort=-daysLateNow."),
                new("filter", typeof(string),
                    $"Repeatable, at most {SupplierListQuery.MaxFilters}: indicator:operator:value. Numbers: eq, ne, gt, ge, lt, le " +
                    "(filter=openCases:ge:2); text: has, eq (filter=countries:has:VN)."),
                .. pageQuery,
            ],
            Responses = [new(200, typeof(Page<SupplierListItem>), "A page of suppliers.")],
        },
        new("GetRiskMethod", "GET", "suppliers/method", [Role.Caseworker, Role.Supplier], GetRiskMethod.HandleAsync)
        {
            Tag = "Suppliers", Summary = "How each risk indicator is computed",
            Description = "Every indicator's name, source and rule: the method docs/risk-method.md describes.",
            Responses = [new(200, typeof(RiskMethodView), "The method.")],
        },
        new("GetSupplier", "GET", "suppliers/{supplierId}", [Role.Caseworker, Role.Supplier], getSupplier.HandleAsync)
        {
            Tag = "Suppliers", Summary = "A supplier's record, factories, contracts and indicators",
            Description = "Caseworkers read any supplier; a supplier reads only its own (any other id is 404). Only cases accepted " +
                "at triage with the supplier linked count. Workers appear only as counts and sums.",
            Responses = [new(200, typeof(SupplierView), "The supplier.")],
        },
        new("SupplierEvidencePack", "GET", "suppliers/{supplierId}/evidence-pack", [Role.Caseworker], evidencePack.HandleAsync)
        {
            Tag = "Suppliers", Summary = "Evidence pack for a procurement decision, PDF (caseworkers)",
            Description = "The supplier's cases with their timelines' key facts (kinds and times), deadlines missed and ladder levels, " +
                "money owed and repaid per currency, and each timeline's verification with its head hash. No worker is named.",
            Responses = [new(200, typeof(Stream), "The PDF.", "application/pdf")],
        },
        new("SupplierRecordExport", "GET", "suppliers/{supplierId}/record", [Role.Caseworker, Role.Supplier], record.HandleAsync)
        {
            Tag = "Suppliers", Summary = "The supplier's record as CSV or XLSX, for a modern slavery statement",
            Description = "Accept: text/csv (the default) or " + EvidencePack.SupplierRecordExport.XlsxContentType +
                ". A supplier may export its own. Counts and sums only.",
            Responses =
            [
                new(200, typeof(string), "The record as CSV.", RemediationApi.Csv),
            ],
            Problems = [406],
        },
    ];
}
