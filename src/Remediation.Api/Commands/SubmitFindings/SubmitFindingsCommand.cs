using Remediation.Api.Routing;
using Remediation.Contracts;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.Findings;

namespace Remediation.Api.Commands.SubmitFindings;

/// <summary>
/// SubmitFindings: the supplier reports what its investigation confirmed: the repayment basis, the root cause and the
/// confirmed amount per fee line, for some or all workers. POST /sheets/findings reads a findings spreadsheet into this body.
/// </summary>
public static class SubmitFindingsCommand
{
    public static readonly FindingsRequest Example = new()
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

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "SubmitFindings", "cases/{caseId}/findings", "Submit investigation findings (suppliers)",
        typeof(FindingsRequest), Example, sheet: false, null,
        r => command.HandleAsync<FindingsRequest, FindingsPayload>(r, CaseCommand.SubmitFindings, batch: true, ToPayload));

    public static FindingsPayload ToPayload(FindingsRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            WireFormat.Name(r.Basis), r.RootCause,
            [.. r.Workers.Select(w => new WorkerFindingsPayload(
                w.Ref,
                [.. w.Confirmed.Select(c => new ConfirmedFeePayload(WireFormat.Name(c.Category), c.Amount, c.Currency))]))],
            r.EvidenceIds);
    }
}
