using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Ledger;

namespace Remediation.Domain.Reporting;

/// <summary>
/// What one case, at one revision, adds to the report aggregates: counts, sums per currency, times and kinds. No worker
/// reference and no free text (summaries, reasons, notes) ever enters it, so nothing built from it can name a worker.
/// </summary>
public sealed record CaseContribution
{
    public required long Revision { get; init; }

    public required string CaseId { get; init; }

    public required string PartnerId { get; init; }

    public string? SupplierId { get; init; }

    public required Priority Priority { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Accepted at triage with the supplier linked: only such cases count for (or against) a supplier.</summary>
    public required bool Disclosed { get; init; }

    public required string FactoryKey { get; init; }

    public required string FactoryName { get; init; }

    public required string Country { get; init; }

    public Sector? Sector { get; init; }

    public ReportedWorkforce? Workforce { get; init; }

    public required Stage Stage { get; init; }

    public CaseOutcome? Outcome { get; init; }

    public required int Level { get; init; }

    public required int HighestSupplierLevel { get; init; }

    public required int SupplierEscalations { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? AcceptedAt { get; init; }

    public DateTimeOffset? FirstPaymentAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The supplier's deadline while it is the one waited for; null otherwise.</summary>
    public DateTimeOffset? SupplierDeadline { get; init; }

    public required long SupplierLateTicks { get; init; }

    public required bool Retaliation { get; init; }

    public IReadOnlyList<string> Contracts { get; init; } = [];

    public required int Workers { get; init; }

    public required int WorkersOwed { get; init; }

    public required int WorkersPaid { get; init; }

    public required int WorkersVerified { get; init; }

    public required int WorkersWithReceipt { get; init; }

    public required int WorkersSelfConfirmed { get; init; }

    public required IReadOnlyDictionary<string, decimal> Claimed { get; init; }

    public required IReadOnlyDictionary<string, decimal> Confirmed { get; init; }

    public required IReadOnlyDictionary<string, decimal> Paid { get; init; }

    public required IReadOnlyDictionary<string, decimal> Verified { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> PaymentsByMonth { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, decimal>>();

    public IReadOnlyList<StageStay> Stays { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsOpen => Stage != Stage.Closed;

    /// <summary>A closed case that found fees (remediated or not); withdrawn and rejected cases are not findings.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsClosedFinding => ClosedAt is not null && Outcome is CaseOutcome.Remediated or CaseOutcome.Unremediated;

    public static CaseContribution Of(Case @case, LedgerSummary ledger)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(ledger);
        var waitingForSupplier = !@case.IsClosed && @case.ResponsibleParty.Role == Parties.Role.Supplier;
        return new CaseContribution
        {
            Revision = @case.Revision,
            CaseId = @case.Id,
            PartnerId = @case.PartnerId,
            SupplierId = @case.SupplierId,
            Priority = @case.Priority,
            Deadline = @case.Deadline,
            Disclosed = @case.IsDisclosedToSupplier,
            FactoryKey = Cases.FactoryKey.Of(@case.Factory),
            FactoryName = @case.Factory.Name,
            Country = @case.Factory.Country.Code,
            Sector = @case.Factory.Sector,
            Workforce = @case.Factory.Workforce,
            Stage = @case.Stage,
            Outcome = @case.Outcome,
            Level = (int)@case.EscalationLevel,
            HighestSupplierLevel = (int)@case.HighestSupplierLevel,
            SupplierEscalations = @case.SupplierEscalations,
            OpenedAt = @case.OpenedAt,
            AcceptedAt = @case.AcceptedAt,
            FirstPaymentAt = @case.FirstPaymentAt,
            ClosedAt = @case.ClosedAt,
            SupplierDeadline = waitingForSupplier ? @case.Deadline : null,
            SupplierLateTicks = @case.SupplierLateness.Ticks,
            Retaliation = @case.RetaliationReported,
            Contracts = @case.Contracts,
            Workers = ledger.Workers,
            WorkersOwed = ledger.WorkersOwed,
            WorkersPaid = ledger.Count(LedgerLineStatus.Paid) + ledger.Count(LedgerLineStatus.Verified),
            WorkersVerified = ledger.Count(LedgerLineStatus.Verified),
            WorkersWithReceipt = ledger.WorkersWithReceipt,
            WorkersSelfConfirmed = ledger.WorkersSelfConfirmed,
            Claimed = Amounts(ledger.Claimed),
            Confirmed = Amounts(ledger.Confirmed),
            Paid = Amounts(ledger.Paid),
            Verified = Amounts(ledger.Verified),
            PaymentsByMonth = ledger.PaymentsByMonth.ToDictionary(p => p.Key, p => Amounts(p.Value), StringComparer.Ordinal),
            Stays = @case.Stays,
        };
    }

    /// <summary>Days the supplier has been late on this case, counting a deadline still passing at <paramref name="now"/>.</summary>
    public decimal DaysLate(DateTimeOffset now, TimeSpan dayLength) =>
        Math.Round((decimal)(SupplierLateTicks + LateNow(now).Ticks) / dayLength.Ticks, 1);

    public TimeSpan LateNow(DateTimeOffset now) =>
        SupplierDeadline is { } deadline && deadline < now ? now - deadline : TimeSpan.Zero;

    private static IReadOnlyDictionary<string, decimal> Amounts(MoneyTotals totals) =>
        totals.WithoutZeros().Amounts.ToDictionary(m => m.Currency.Code, m => m.Amount, StringComparer.Ordinal);
}
