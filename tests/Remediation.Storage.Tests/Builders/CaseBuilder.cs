using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Geography;
using Remediation.Domain.Ledger;
using Remediation.Domain.Plans;

namespace Remediation.Storage.Tests.Builders;

/// <summary>Builds stored-shape cases directly (the domain tests cover how cases get into each state).</summary>
internal sealed class CaseBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private Case @case = new()
    {
        Id = "case-" + Guid.NewGuid().ToString("N")[..10],
        PartnerId = "PART-1",
        PartnerReference = "MWRN-" + Guid.NewGuid().ToString("N")[..6],
        SupplierId = "SUP-1",
        Factory = new Factory("Cal-Comp Electronics", Country.Of("TH"), "Phetchaburi"),
        Summary = "Myanmar workers paid recruitment fees of about 20,000 THB.",
        Indicators = ["debt_bondage", "deception"],
        Stage = Stage.Investigation,
        AcceptedAt = Now,
        OpenedAt = Now,
        StageEnteredAt = Now,
        UpdatedAt = Now,
        Deadline = Now.AddDays(30),
    };

    public CaseBuilder WithId(string id)
    {
        @case = @case with { Id = id };
        return this;
    }

    public CaseBuilder InStage(Stage stage, DateTimeOffset? deadline = null)
    {
        // A case past triage was accepted there (and its supplier linked); one in triage was not yet.
        @case = @case with { Stage = stage, Deadline = stage == Stage.Closed ? null : deadline ?? @case.Deadline, Outcome = stage == Stage.Closed ? CaseOutcome.Withdrawn : null, AcceptedAt = stage == Stage.Triage ? null : Now };
        return this;
    }

    public CaseBuilder WithParties(string partnerId, string? supplierId)
    {
        @case = @case with { PartnerId = partnerId, SupplierId = supplierId };
        return this;
    }

    public CaseBuilder WithDeadline(DateTimeOffset? deadline, EscalationLevel level = EscalationLevel.None)
    {
        @case = @case with { Deadline = deadline, EscalationLevel = level };
        return this;
    }

    /// <summary>Every optional part filled in, to prove a round trip keeps all of it.</summary>
    public CaseBuilder Complete()
    {
        @case = @case with
        {
            Contracts = ["CCS-RM6068-001", "CCS-RM6068-002"],
            Priority = Priority.High,
            Stage = Stage.Reimbursement,
            Basis = RepaymentBasis.ZeroFee,
            RootCause = "Agents in Myanmar charged fees the employer did not pay.",
            FindingsReturnedCount = 2,
            Plan = new RepaymentPlan([
                new Instalment(1, Now.AddDays(30), [Money.Of(10000.5m, "THB"), Money.Of(750m, "USD")]),
                new Instalment(2, Now.AddDays(120), [Money.Of(10000m, "THB")]),
            ]),
            PlanApprovedAt = Now.AddDays(1),
            PlanJustification = "Supplier's cash position audited.",
            FirstPaymentAt = Now.AddDays(2),
            RetaliationReported = true,
            EscalationLevel = EscalationLevel.FormalNotice,
            ClosingReason = "not closed yet, but stored",
        };
        return this;
    }

    public Case Build() => @case;
}
