using Remediation.Domain;
using Remediation.Domain.Cases;
using Remediation.Domain.Ledger;

namespace Remediation.Api.Views;

/// <summary>GET /cases/{id}: where the case is, who is late, and how much is still owed, per currency.</summary>
public sealed record CaseView(
    string CaseId,
    string PartnerId,
    string PartnerReference,
    string? SupplierId,
    IReadOnlyList<string> Contracts,
    FactoryView Factory,
    string Summary,
    IReadOnlyList<string> Indicators,
    string Priority,
    string Stage,
    string? Outcome,
    string? ClosingReason,
    DateTimeOffset? Deadline,
    int EscalationLevel,
    string WaitingFor,
    bool RetaliationReported,
    string? Basis,
    IReadOnlyList<InstalmentView>? Plan,
    bool PlanAwaitingDecision,
    bool FindingsAwaitingDecision,
    IReadOnlyList<CurrencyTotalsView> Totals,
    WorkerCountsView Workers,
    DateTimeOffset OpenedAt,
    DateTimeOffset StageEnteredAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FirstPaymentAt,
    DateTimeOffset? ClosedAt)
{
    public static CaseView From(Case c, LedgerSummary ledger)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(ledger);
        return new CaseView(
            c.Id, c.PartnerId, c.PartnerReference, c.SupplierId, c.Contracts, new FactoryView(c.Factory.Name, c.Factory.Country.Code, c.Factory.Site),
            c.Summary, c.Indicators, c.Priority.ToWire(), c.Stage.ToString(), c.Outcome?.ToString(), c.ClosingReason, c.Deadline, (int)c.EscalationLevel,
            c.IsClosed ? "nobody" : c.ResponsibleParty.Role.ToString().ToLowerInvariant(), c.RetaliationReported, c.Basis?.ToWire(),
            c.Plan?.Instalments.Select(i => new InstalmentView(i.Number, i.DueAt, [.. i.Amounts.Select(MoneyView.From)])).ToList(),
            c.PlanAwaitingDecision, c.FindingsAwaitingDecision, CurrencyTotalsView.From(ledger), WorkerCountsView.From(ledger),
            c.OpenedAt, c.StageEnteredAt, c.UpdatedAt, c.FirstPaymentAt, c.ClosedAt);
    }
}

public sealed record FactoryView(string Name, string Country, string? Site);

public sealed record InstalmentView(int Number, DateTimeOffset DueAt, IReadOnlyList<MoneyView> Amounts);

public sealed record WorkerCountsView(int Total, int Owed, IReadOnlyDictionary<string, int> ByStatus)
{
    public static WorkerCountsView From(LedgerSummary ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return new(ledger.Workers, ledger.WorkersOwed, ledger.WorkersByStatus.ToDictionary(p => p.Key.ToString(), p => p.Value));
    }
}
