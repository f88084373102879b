using System.ComponentModel.DataAnnotations;

namespace Remediation.Contracts.Cases;

/// <summary>A case as GET /cases/{caseId} shows it: where it is, who is late and how much is still owed, per currency.</summary>
public sealed record CaseView
{
    public required string CaseId { get; init; }

    public required string PartnerId { get; init; }

    public required string PartnerReference { get; init; }

    public string? SupplierId { get; init; }

    public required IReadOnlyList<string> Contracts { get; init; }

    public required FactoryView Factory { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<ForcedLabourIndicator> Indicators { get; init; }

    public required Priority Priority { get; init; }

    public required Stage Stage { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public string? ClosingReason { get; init; }

    /// <summary>When the current step is due; absent once closed.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>0 on time; 1 reminder, 2 formal notice, 3 contract escalation, 4 sanctions recommended.</summary>
    [Range(0, 4)]
    public required int EscalationLevel { get; init; }

    public required WaitingFor WaitingFor { get; init; }

    public required bool RetaliationReported { get; init; }

    public RepaymentBasis? Basis { get; init; }

    public IReadOnlyList<InstalmentView>? Plan { get; init; }

    public required bool PlanAwaitingDecision { get; init; }

    public required bool FindingsAwaitingDecision { get; init; }

    /// <summary>Totals per currency, never mixed.</summary>
    public required IReadOnlyList<CurrencyTotals> Totals { get; init; }

    public required WorkerCounts Workers { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public required DateTimeOffset StageEnteredAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? FirstPaymentAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }
}

public sealed record FactoryView
{
    public required string Name { get; init; }

    public required string Country { get; init; }

    public string? Site { get; init; }
}

public sealed record InstalmentView
{
    public required int Number { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    /// <summary>What the instalment requires, one amount per currency.</summary>
    public required IReadOnlyList<MoneyView> Amounts { get; init; }

    /// <summary>What has been paid against it: payments fill the instalments in order, each up to what it requires.</summary>
    public required IReadOnlyList<MoneyView> Paid { get; init; }

    /// <summary>True when what has been paid covers this instalment and every one before it.</summary>
    public required bool Met { get; init; }
}

/// <summary>An amount as the API writes it: a string with the currency's minor units ("20000.50"), never floating point.</summary>
public sealed record MoneyView
{
    [RegularExpression("^[A-Z]{3}$")]
    public required string Currency { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Amount { get; init; }
}

/// <summary>
/// One currency's totals: claimed by the partner, confirmed by findings, paid, verified by workers, and still outstanding
/// (confirmed - paid).
/// </summary>
public sealed record CurrencyTotals
{
    [RegularExpression("^[A-Z]{3}$")]
    public required string Currency { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Claimed { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Confirmed { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Paid { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Verified { get; init; }

    [RegularExpression(MoneyText.Pattern)]
    public required string Outstanding { get; init; }
}

public sealed record WorkerCounts
{
    public required int Total { get; init; }

    /// <summary>Workers with money confirmed and not yet verified as received.</summary>
    public required int Owed { get; init; }

    /// <summary>Workers per ledger status (AwaitingFindings, Owed, PartiallyPaid, Paid, Verified, Disputed, NothingOwed).</summary>
    public required IReadOnlyDictionary<string, int> ByStatus { get; init; }
}

/// <summary>Amounts on the wire.</summary>
public static class MoneyText
{
    /// <summary>A decimal number as text: digits, optionally a minus sign and a '.' with the currency's minor units.</summary>
    public const string Pattern = "^-?[0-9]+(\\.[0-9]+)?$";
}
