using System.Globalization;
using Remediation.Api.Procurement.EvidencePack;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Procurement;

namespace Remediation.Api.Tests.Procurement;

/// <summary>A supplier's record with two currencies, a factory named in Thai and a contract, and an evidence pack over it.</summary>
internal static class SupplierSample
{
    public const string ThaiFactoryName = "โรงงานอิเล็กทรอนิกส์";

    public static readonly DateTimeOffset AsOf = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static CurrencyTotals Money(string currency, string confirmed, string paid, string verified, string outstanding) => new()
    {
        Currency = currency,
        Claimed = confirmed,
        Confirmed = confirmed,
        Paid = paid,
        Verified = verified,
        Outstanding = outstanding,
    };

    public static SupplierView View(string name = "Acme Electronics Ltd") => new()
    {
        Id = "SUP-ACME",
        Name = name,
        AsOf = AsOf,
        Record = new SupplierRecordView
        {
            Cases = 3,
            OpenCases = 2,
            CasesByStage = new Dictionary<string, int> { ["Investigation"] = 1, ["Reimbursement"] = 1, ["Closed"] = 1 },
            CasesByOutcome = new Dictionary<string, int> { ["Remediated"] = 1 },
            Workers = 41,
            WorkersOwed = 38,
            WorkersPaid = 20,
            WorkersVerified = 12,
            Totals = [Money("GBP", "1200.00", "500.00", "300.00", "700.00"), Money("MYR", "98000.50", "0.00", "0.00", "98000.50")],
            OverdueNow = 1,
            DaysLateNow = 12.5m,
            DaysLateTotal = 31.25m,
            HighestLevel = 3,
            CasesReachingLevel = new Dictionary<string, int> { ["1"] = 2, ["2"] = 2, ["3"] = 1 },
            RepeatedFindingFactories = 1,
            RepeatedFindingCases = 2,
            MedianDaysToRemediation = 87m,
            WorkersWithReceipt = 20,
            WorkersSelfConfirmed = 15,
            SelfConfirmedPercent = 75m,
            RetaliationReports = 0,
        },
        Indicators =
        [
            new IndicatorValue { Name = "openCases", Value = "2", Number = 2 },
            new IndicatorValue { Name = "countries", Value = "VN, TH" },
        ],
        Factories =
        [
            Factory("F-VN-1", "Hanoi Precision Co.", "VN", cases: 2),
            Factory("F-TH-2", ThaiFactoryName, "TH", cases: 1),
        ],
        Contracts =
        [
            new ContractView
            {
                Id = "CCS-1",
                Buyer = "Crown Commercial Service",
                Title = "Laptops and desktops",
                SupplierId = "SUP-ACME",
                ValueBand = ContractValueBand.From1MillionTo10Million,
                ValueCurrency = "GBP",
                StartsOn = new DateOnly(2024, 4, 1),
                RegisteredAt = AsOf.AddYears(-2),
            },
        ],
        Buyers = ["Crown Commercial Service"],
        UnregisteredContractReferences = [],
        Cases = [.. Enumerable.Range(1, 3).Select(i => new SupplierCaseItem
        {
            CaseId = CaseId(i),
            FactoryKey = i == 3 ? "F-TH-2" : "F-VN-1",
            Stage = i == 3 ? Stage.Closed : Stage.Reimbursement,
            Outcome = i == 3 ? CaseOutcome.Remediated : null,
            OpenedAt = AsOf.AddDays(-100 + i),
            HighestSupplierLevel = i,
            Workers = 10 + i,
            DaysLate = i * 1.5m,
        })],
    };

    public static string CaseId(int i) => string.Create(CultureInfo.InvariantCulture, $"CASE-2026-{i:D4}");

    /// <summary>A 64-digit hex head hash that differs per case.</summary>
    public static string Hash(int i) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([(byte)i]));

    public static EvidencePackModel Pack(int cases = 3, string? generatedBy = "Dana Caseworker") => new(
        View(),
        [.. Enumerable.Range(1, cases).Select(Case)],
        AsOf.AddMinutes(5),
        generatedBy,
        "https://remediation.example.org");

    /// <summary>Case 2 has a broken timeline; odd cases are in GBP, even ones in MYR.</summary>
    public static EvidenceCase Case(int i) => new(
        CaseId(i),
        i % 2 == 0 ? "F-TH-2" : "F-VN-1",
        "Reimbursement",
        null,
        AsOf.AddDays(-100 + i),
        AsOf.AddDays(-95 + i),
        null,
        HighestSupplierLevel: i % 5,
        DeadlinesMissed: i % 3,
        DaysLate: i * 2.5m,
        Workers: 10 + i,
        Totals: [i % 2 == 0 ? Money("MYR", "98000.50", "0.00", "0.00", "98000.50") : Money("GBP", "600.00", "250.00", "150.00", "350.00")],
        TimelineIntact: i != 2,
        EntriesChecked: 20 + i,
        HeadSequence: 20 + i,
        HeadHash: Hash(i),
        CheckpointedThrough: 16,
        KeyFacts:
        [
            new EvidenceFact(AsOf.AddDays(-95 + i), "stage.changed", 3),
            new EvidenceFact(AsOf.AddDays(-60 + i), "escalated", 9),
            new EvidenceFact(AsOf.AddDays(-30 + i), "payments.recorded", 17),
        ]);

    private static SupplierFactoryView Factory(string key, string name, string country, int cases) => new()
    {
        Key = key,
        Name = name,
        Country = country,
        Sector = "electronics",
        MigrantSharePercent = 62.5m,
        Cases = cases,
        OpenCases = 1,
        RepeatedFinding = cases > 1,
        Indicators = [],
    };
}
