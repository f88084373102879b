using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;

namespace Remediation.Api.Routing;

/// <summary>Request examples of the API document: a Cal-Comp-like case, as a partner, supplier and caseworker would send it.</summary>
internal static class Examples
{
    private static readonly WorkerRequest Worker = new()
    {
        Ref = "MM-00001",
        Nationality = "MM",
        HiredOn = new DateOnly(2016, 3, 1),
        EmploymentStatus = EmploymentStatus.Current,
        Fees =
        [
            new FeeRequest
            {
                Category = FeeCategory.RecruitmentFee,
                Amount = 20000.00m,
                Currency = "THB",
                PaidTo = "agent",
                PaidOn = new DateOnly(2015, 12, 1),
            },
        ],
    };

    public static readonly CreateCaseRequest Grievance = new()
    {
        PartnerReference = "MWRN-2016-014",
        Factory = new FactoryRequest { Name = "Cal-Comp Electronics", Country = "TH", Site = "Phetchaburi" },
        SupplierId = "SUP-CALCOMP",
        Summary = "Myanmar workers paid recruitment fees of about 20,000 THB to agents.",
        Priority = Priority.Priority,
        Indicators = [ForcedLabourIndicator.DebtBondage, ForcedLabourIndicator.Deception],
        Workers = [Worker],
    };

    public static readonly AddWorkersRequest AddWorkers = new() { Workers = [Worker with { Ref = "MM-00002" }] };

    public static readonly TriageRequest Triage = new()
    {
        Accept = true,
        SupplierId = "SUP-CALCOMP",
        Contracts = ["CCS-RM6068-001"],
        Priority = Priority.Priority,
    };

    public static readonly FindingsRequest Findings = new()
    {
        Basis = RepaymentBasis.ZeroFee,
        RootCause = "Agents in Myanmar charged fees that the employer should have paid.",
        Workers =
        [
            new WorkerFindings
            {
                Ref = "MM-00001",
                Confirmed = [new ConfirmedFee { Category = FeeCategory.RecruitmentFee, Amount = 20000.00m, Currency = "THB" }],
            },
        ],
    };

    public static readonly FindingsDecisionRequest FindingsDecision = new() { Accept = true };

    public static readonly PlanRequest Plan = new()
    {
        Instalments =
        [
            new InstalmentRequest
            {
                Number = 1,
                DueAt = new DateTimeOffset(2027, 1, 15, 0, 0, 0, TimeSpan.Zero),
                Amounts = [new MoneyAmount { Amount = 10000.00m, Currency = "THB" }],
            },
            new InstalmentRequest
            {
                Number = 2,
                DueAt = new DateTimeOffset(2027, 2, 15, 0, 0, 0, TimeSpan.Zero),
                Amounts = [new MoneyAmount { Amount = 10000.00m, Currency = "THB" }],
            },
        ],
    };

    public static readonly PlanDecisionRequest PlanDecision = new() { Approve = true };

    public static readonly PaymentsRequest Payments = new()
    {
        Payments =
        [
            new PaymentRequest
            {
                Ref = "MM-00001",
                PaymentId = "PAY-2027-01-00001",
                Amount = 10000.00m,
                Currency = "THB",
                PaidOn = new DateOnly(2027, 1, 10),
                Method = "bank_transfer",
            },
        ],
    };

    public static readonly ReceiptsRequest Receipts = new()
    {
        Receipts =
        [
            new ReceiptRequest
            {
                Ref = "MM-00001",
                ReceiptId = "RC-00001",
                Received = true,
                Amount = 20000.00m,
                Currency = "THB",
                Method = "bank_transfer",
                ConfirmedOn = new DateOnly(2027, 3, 1),
            },
        ],
    };

    public static readonly RetaliationReportRequest Retaliation = new()
    {
        Description = "A supervisor threatened interviewed workers with dismissal.",
    };

    public static readonly DeadlineExtensionRequest Extension = new()
    {
        NewDeadline = new DateTimeOffset(2027, 1, 31, 0, 0, 0, TimeSpan.Zero),
        Reason = "The buyer's finance team reviews the plan.",
    };

    public static readonly CloseRequest Close = new() { Outcome = CloseOutcome.Remediated };

    public static readonly NoteRequest Note = new() { Text = "Findings reviewed with the monitoring partner." };
}
