using Remediation.Contracts.Cases;

namespace Remediation.Contracts.Procurement;

/// <summary>
/// GET /suppliers/{supplierId}: a supplier's factories, contracts, buyers, record and risk indicators. Only cases
/// disclosed to the supplier (accepted at triage) count; nothing names or counts a single worker's answers.
/// </summary>
public sealed record SupplierView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>When the figures were read; "days late now" moves with it.</summary>
    public required DateTimeOffset AsOf { get; init; }

    public required SupplierRecordView Record { get; init; }

    /// <summary>Each indicator with its value, source and rule (GET /suppliers/method); there is no composite score.</summary>
    public required IReadOnlyList<IndicatorValue> Indicators { get; init; }

    public required IReadOnlyList<SupplierFactoryView> Factories { get; init; }

    public required IReadOnlyList<ContractView> Contracts { get; init; }

    /// <summary>Distinct public buyers of the supplier's contracts active today.</summary>
    public required IReadOnlyList<string> Buyers { get; init; }

    /// <summary>Contract references named at triage that are not registered contracts of this supplier.</summary>
    public required IReadOnlyList<string> UnregisteredContractReferences { get; init; }

    /// <summary>The cases counted, newest first.</summary>
    public required IReadOnlyList<SupplierCaseItem> Cases { get; init; }
}

/// <summary>The case record behind the indicators (see docs/risk-method.md for each rule).</summary>
public sealed record SupplierRecordView
{
    public required int Cases { get; init; }

    public required int OpenCases { get; init; }

    public required IReadOnlyDictionary<string, int> CasesByStage { get; init; }

    public required IReadOnlyDictionary<string, int> CasesByOutcome { get; init; }

    public required int Workers { get; init; }

    public required int WorkersOwed { get; init; }

    public required int WorkersPaid { get; init; }

    public required int WorkersVerified { get; init; }

    /// <summary>Per currency: confirmed (owed), paid, verified and outstanding; never converted.</summary>
    public required IReadOnlyList<CurrencyTotals> Totals { get; init; }

    public required int OverdueNow { get; init; }

    public required decimal DaysLateNow { get; init; }

    public required decimal DaysLateTotal { get; init; }

    /// <summary>The highest escalation level any of its deadlines reached (0-4).</summary>
    public required int HighestLevel { get; init; }

    /// <summary>Cases whose supplier deadlines reached level 1, 2, 3, 4 (key: the level).</summary>
    public required IReadOnlyDictionary<string, int> CasesReachingLevel { get; init; }

    public required int RepeatedFindingFactories { get; init; }

    public required int RepeatedFindingCases { get; init; }

    public decimal? MedianDaysToRemediation { get; init; }

    public decimal? MedianDaysToFirstPayment { get; init; }

    public required int WorkersWithReceipt { get; init; }

    public required int WorkersSelfConfirmed { get; init; }

    /// <summary>Workers who confirmed receipt themselves, of those with a confirmed receipt; absent when none has one.</summary>
    public decimal? SelfConfirmedPercent { get; init; }

    public required int RetaliationReports { get; init; }
}

public sealed record IndicatorValue
{
    public required string Name { get; init; }

    /// <summary>The value as text ("3", "VN, MY", "at least 1m GBP", "not reported").</summary>
    public required string Value { get; init; }

    /// <summary>The value as a number, when it is one: what sorting and filtering use.</summary>
    public decimal? Number { get; init; }
}

public sealed record SupplierFactoryView
{
    /// <summary>Derived from country, name and site: the same factory reported twice has the same key.</summary>
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required string Country { get; init; }

    public string? Sector { get; init; }

    /// <summary>The latest reported migrant share of the workforce, in percent.</summary>
    public decimal? MigrantSharePercent { get; init; }

    public required int Cases { get; init; }

    public required int OpenCases { get; init; }

    public required bool RepeatedFinding { get; init; }

    public required IReadOnlyList<IndicatorValue> Indicators { get; init; }
}

public sealed record SupplierCaseItem
{
    public required string CaseId { get; init; }

    public required string FactoryKey { get; init; }

    public required Stage Stage { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public required int HighestSupplierLevel { get; init; }

    public required int Workers { get; init; }

    public required decimal DaysLate { get; init; }
}

/// <summary>One row of GET /suppliers: the supplier and every indicator's value.</summary>
public sealed record SupplierListItem
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<IndicatorValue> Indicators { get; init; }
}

/// <summary>GET /suppliers/method: how every indicator is computed.</summary>
public sealed record RiskMethodView
{
    public required string Summary { get; init; }

    public required IReadOnlyList<IndicatorDefinition> Indicators { get; init; }
}

public sealed record IndicatorDefinition
{
    public required string Name { get; init; }

    public required string Label { get; init; }

    /// <summary>number or text: numbers sort and filter by value, text by its words.</summary>
    public required string Kind { get; init; }

    /// <summary>supplier, factory or both.</summary>
    public required string AppliesTo { get; init; }

    public required string Source { get; init; }

    public required string Rule { get; init; }
}
