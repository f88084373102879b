using Remediation.Domain.Currencies;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Domain.Parties;

namespace Remediation.Domain.Cases;

/// <summary>
/// What a list shows of a case: enough to tell one case from another (factory, the partner's reference) and to
/// answer "where is it, who is late, what is still owed" without reading the case or its ledger.
/// </summary>
public sealed record CaseListItem(
    string CaseId,
    string PartnerId,
    string PartnerReference,
    string FactoryName,
    string FactoryCountry,
    string? SupplierId,
    Stage Stage,
    CaseOutcome? Outcome,
    Priority Priority,
    DateTimeOffset? Deadline,
    EscalationLevel EscalationLevel,
    Role? WaitingFor,
    MoneyTotals Outstanding,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The case as a list shows it, with what its ledger says is owed and who must act (nobody once closed).</summary>
    public static CaseListItem From(Case @case, LedgerSummary ledger)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(ledger);
        return new(
            @case.Id, @case.PartnerId, @case.PartnerReference, @case.Factory.Name, @case.Factory.Country.Code, @case.SupplierId,
            @case.Stage, @case.Outcome, @case.Priority, @case.Deadline, @case.EscalationLevel,
            @case.IsClosed ? null : @case.WaitingFor(ledger).Role, ledger.Outstanding.WithoutZeros(), @case.OpenedAt, @case.UpdatedAt);
    }
}
