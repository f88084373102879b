using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Domain.Parties;
using Remediation.Domain.Plans;

namespace Remediation.Domain.Tests.Builders;

/// <summary>
/// Drives a case and its ledger through the real transitions, so a test can start from any stage in a state the
/// domain itself produced. Each step moves the clock on by an hour.
/// </summary>
internal sealed class CaseScenario
{
    public static readonly Actor Partner = Actor.Partner("PART-1");
    public static readonly Actor Supplier = Actor.Supplier("SUP-1");
    public static readonly Actor Caseworker = Actor.Caseworker("cw-1");

    private CaseScenario(Case @case, IEnumerable<LedgerLine> lines, DeadlinePolicy policy)
    {
        Case = @case;
        Lines = [.. lines];
        Policy = policy;
        Now = @case.OpenedAt;
    }

    public DeadlinePolicy Policy { get; }

    public Case Case { get; private set; }

    public List<LedgerLine> Lines { get; }

    public DateTimeOffset Now { get; private set; }

    public LedgerSummary Ledger => LedgerSummary.Of(Lines);

    public static CaseScenario Opened(IntakeBuilder? intake = null, DeadlinePolicy? policy = null)
    {
        policy ??= new DeadlinePolicy();
        var newCase = (intake ?? new IntakeBuilder()
            .WithWorker(w => w.WithFee("recruitment_fee", 20000m, "THB"))
            .WithWorker(w => w.WithNationality("NP").WithFee("recruitment_fee", 1500m, "USD").WithFee("medical", 300m, "MYR"))
            .WithWorker(w => w.WithFee("documents_visa_permit", 5000.5m, "THB"))).BuildValid();
        var opened = Case.Open("case-1", newCase, TestClock.Now, policy);
        return new CaseScenario(opened.Case, newCase.Workers, policy);
    }

    public static CaseScenario InStage(Stage stage) => stage switch
    {
        Stage.Triage => Opened(),
        Stage.SupplierAcknowledgement => Opened().Triaged(),
        Stage.Investigation => Opened().Triaged().Acknowledged(),
        Stage.RemediationPlan => Opened().Triaged().Acknowledged().FindingsSubmitted().FindingsAccepted(),
        Stage.Reimbursement => Opened().Triaged().Acknowledged().FindingsSubmitted().FindingsAccepted().PlanSubmitted().PlanApproved(),
        Stage.Verification => InStage(Stage.Reimbursement).PaidInFull(),
        Stage.Closed => InStage(Stage.Verification).ReceiptsConfirmed().ClosedRemediated(),
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public CaseScenario Later(TimeSpan by)
    {
        Now += by;
        return this;
    }

    /// <summary>Applies a command that must succeed.</summary>
    public CaseScenario Apply(Func<Case, Transition> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Now += TimeSpan.FromHours(1);
        var transition = command(Case);
        Assert.False(transition.IsRefused, transition.Refusal?.Reason);
        Case = transition.Case;
        return this;
    }

    public CaseScenario Triaged(string priority = "standard") =>
        Apply(c => c.AcceptTriage(Caseworker, "SUP-1", ["CCS-RM6068-001"], priority == "priority" ? Priority.High : Priority.Standard, Now, Policy));

    public CaseScenario Acknowledged() => Apply(c => c.Acknowledge(Supplier, Now, Policy));

    /// <summary>Confirms every claimed fee in full on the zero-fee basis, as Cal-Comp's supplier did.</summary>
    public CaseScenario FindingsSubmitted()
    {
        for (var i = 0; i < Lines.Count; i++)
        {
            var (line, change) = Lines[i].Confirm(RepaymentBasis.ZeroFee, [.. Lines[i].Fees.Select(f => new ConfirmedFee(f.Category, f.Amount))]);
            Assert.False(change.IsRefused);
            Lines[i] = line;
        }

        return Apply(c => c.SubmitFindings(Supplier, RepaymentBasis.ZeroFee, "Agents in Myanmar charged fees the employer did not pay.", Now, Policy));
    }

    public CaseScenario FindingsAccepted() => Apply(c => c.AcceptFindings(Caseworker, Ledger, Now, Policy));

    /// <summary>Two instalments: half of everything after 30 days, the rest after 60.</summary>
    public CaseScenario PlanSubmitted() => Apply(c => c.SubmitPlan(Supplier, TwoInstalments(Ledger.Confirmed, Now), Ledger, Now, Policy));

    public CaseScenario PlanApproved() => Apply(c => c.ApprovePlan(Caseworker, null, Now, Policy));

    public CaseScenario PaidInFull()
    {
        for (var i = 0; i < Lines.Count; i++)
        {
            foreach (var owed in Lines[i].Outstanding.WithoutZeros().Amounts)
            {
                Lines[i] = Pay(Lines[i], owed);
            }
        }

        return Apply(c => c.RecordPayments(Supplier, Lines.Count, Ledger, Now, Policy));
    }

    public CaseScenario ReceiptsConfirmed()
    {
        for (var i = 0; i < Lines.Count; i++)
        {
            foreach (var paid in Lines[i].Paid.WithoutZeros().Amounts)
            {
                var (line, change) = Lines[i].RecordReceipt(Receipt(paid, received: true));
                Assert.False(change.IsRefused, change.Refusal?.Reason);
                Lines[i] = line;
            }
        }

        return Apply(c => c.RecordReceipts(Partner, Lines.Count, 0, false, Ledger, Now, Policy));
    }

    public CaseScenario ClosedRemediated() => Apply(c => c.Close(Caseworker, CaseOutcome.Remediated, null, Ledger, new VerificationPolicy(), Now, Policy));

    public static LedgerLine Pay(LedgerLine line, Money amount)
    {
        ArgumentNullException.ThrowIfNull(line);
        var (paid, change) = line.RecordPayment(new Payment($"pay-{line.WorkerRef}-{amount.Currency.Code}-{line.Payments.Count}", amount, TestClock.Today, "bank_transfer", []));
        Assert.False(change.IsRefused, change.Refusal?.Reason);
        return paid;
    }

    public static ReceiptConfirmation Receipt(Money amount, bool received) =>
        new($"rc-{Guid.NewGuid():N}", amount.Currency, received, received ? amount.Amount : 0m, "bank_transfer", false, TestClock.Today, []);

    public static RepaymentPlan TwoInstalments(MoneyTotals confirmed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        var amounts = confirmed.WithoutZeros().Amounts;
        var first = amounts.Select(m => new Money(decimal.Round(m.Amount / 2, m.Currency.MinorUnits, MidpointRounding.ToZero), m.Currency)).ToList();
        var second = amounts.Zip(first, (all, half) => all - half).ToList();
        return new RepaymentPlan([new Instalment(1, now.AddDays(30), first), new Instalment(2, now.AddDays(60), second)]);
    }
}
