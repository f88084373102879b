using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Geography;
using Remediation.Domain.Ledger;
using Remediation.Domain.Plans;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Cases;

/// <summary>The stored shape of a case: primitives only, so the domain can change its types without breaking data.</summary>
internal sealed record CaseDocument(
    string Id,
    string PartnerId,
    string PartnerReference,
    string? SupplierId,
    List<string> Contracts,
    string FactoryName,
    string FactoryCountry,
    string? FactorySite,
    string Summary,
    List<string> Indicators,
    Priority Priority,
    Stage Stage,
    CaseOutcome? Outcome,
    string? ClosingReason,
    DateTimeOffset OpenedAt,
    DateTimeOffset StageEnteredAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? Deadline,
    EscalationLevel EscalationLevel,
    RepaymentBasis? Basis,
    string? RootCause,
    bool FindingsAwaitingDecision,
    int FindingsReturnedCount,
    List<InstalmentDocument>? Plan,
    bool PlanAwaitingDecision,
    DateTimeOffset? PlanApprovedAt,
    string? PlanJustification,
    DateTimeOffset? FirstPaymentAt,
    bool RetaliationReported,
    List<string>? RecentCommandIds,
    DateTimeOffset? AcceptedAt = null,
    bool FullVerificationRequired = false,
    long Revision = 0,
    List<StageStayDocument>? Stays = null,
    long SupplierLatenessTicks = 0,
    EscalationLevel HighestSupplierLevel = EscalationLevel.None,
    int SupplierEscalations = 0,
    Sector? FactorySector = null,
    WorkforceDocument? FactoryWorkforce = null)
{
    public static CaseDocument From(Case c) => new(
        c.Id, c.PartnerId, c.PartnerReference, c.SupplierId, [.. c.Contracts], c.Factory.Name, c.Factory.Country.Code, c.Factory.Site,
        c.Summary, [.. c.Indicators], c.Priority, c.Stage, c.Outcome, c.ClosingReason, c.OpenedAt, c.StageEnteredAt, c.UpdatedAt,
        c.ClosedAt, c.Deadline, c.EscalationLevel, c.Basis, c.RootCause, c.FindingsAwaitingDecision, c.FindingsReturnedCount,
        c.Plan?.Instalments.Select(i => new InstalmentDocument(i.Number, i.DueAt, [.. i.Amounts.Select(MoneyDocument.From)])).ToList(),
        c.PlanAwaitingDecision, c.PlanApprovedAt, c.PlanJustification, c.FirstPaymentAt, c.RetaliationReported, [.. c.RecentCommandIds],
        c.AcceptedAt, c.FullVerificationRequired, c.Revision, [.. c.Stays.Select(s => new StageStayDocument(s.Stage, s.Duration.Ticks))],
        c.SupplierLateness.Ticks, c.HighestSupplierLevel, c.SupplierEscalations, c.Factory.Sector,
        c.Factory.Workforce is { } w ? new WorkforceDocument(w.Total, w.Migrants, w.AsOf) : null);

    public Case ToCase() => new()
    {
        Id = Id,
        PartnerId = PartnerId,
        PartnerReference = PartnerReference,
        SupplierId = SupplierId,
        // Acceptance is a recorded fact, never derived from the stage (need-to-know: Case.IsDisclosedToSupplier).
        AcceptedAt = AcceptedAt,
        Contracts = Contracts,
        Factory = new Factory(FactoryName, Country.Of(FactoryCountry), FactorySite)
        {
            Sector = FactorySector,
            Workforce = FactoryWorkforce is { } w ? new ReportedWorkforce(w.Total, w.Migrants, w.AsOf) : null,
        },
        Summary = Summary,
        Indicators = Indicators,
        Priority = Priority,
        Stage = Stage,
        Outcome = Outcome,
        ClosingReason = ClosingReason,
        OpenedAt = OpenedAt,
        StageEnteredAt = StageEnteredAt,
        UpdatedAt = UpdatedAt,
        ClosedAt = ClosedAt,
        Deadline = Deadline,
        EscalationLevel = EscalationLevel,
        Basis = Basis,
        RootCause = RootCause,
        FindingsAwaitingDecision = FindingsAwaitingDecision,
        FindingsReturnedCount = FindingsReturnedCount,
        Plan = Plan is null
            ? null
            : new RepaymentPlan([.. Plan.Select(i => new Instalment(i.Number, i.DueAt, [.. i.Amounts.Select(a => a.ToMoney())]))]),
        PlanAwaitingDecision = PlanAwaitingDecision,
        PlanApprovedAt = PlanApprovedAt,
        PlanJustification = PlanJustification,
        FirstPaymentAt = FirstPaymentAt,
        RetaliationReported = RetaliationReported,
        FullVerificationRequired = FullVerificationRequired,
        RecentCommandIds = RecentCommandIds ?? [],
        Revision = Revision,
        Stays = [.. (Stays ?? []).Select(s => new StageStay(s.Stage, TimeSpan.FromTicks(s.Ticks)))],
        SupplierLateness = TimeSpan.FromTicks(SupplierLatenessTicks),
        HighestSupplierLevel = HighestSupplierLevel,
        SupplierEscalations = SupplierEscalations,
    };
}

internal sealed record InstalmentDocument(int Number, DateTimeOffset DueAt, List<MoneyDocument> Amounts);

internal sealed record StageStayDocument(Stage Stage, long Ticks);

internal sealed record WorkforceDocument(int Total, int Migrants, DateOnly AsOf);
