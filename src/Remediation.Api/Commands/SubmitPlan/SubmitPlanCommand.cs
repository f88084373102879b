using Remediation.Api.Routing;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.Plan;

namespace Remediation.Api.Commands.SubmitPlan;

/// <summary>SubmitPlan: the supplier proposes how it repays the confirmed fees, in numbered instalments with due dates.</summary>
public static class SubmitPlanCommand
{
    public static readonly PlanRequest Example = new()
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

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "SubmitPlan", "cases/{caseId}/plan", "Submit a repayment plan (suppliers)",
        typeof(PlanRequest), Example, sheet: false, null,
        r => command.HandleAsync<PlanRequest, PlanPayload>(r, CaseCommand.SubmitPlan, batch: false, ToPayload));

    public static PlanPayload ToPayload(PlanRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new([.. r.Instalments.Select(i => new InstalmentPayload(
            i.Number, i.DueAt, [.. i.Amounts.Select(a => new MoneyPayload(a.Amount, a.Currency))]))]);
    }
}
