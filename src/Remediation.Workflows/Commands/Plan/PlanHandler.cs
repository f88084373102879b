using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Plans;
using Remediation.Domain.Validation;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Plan;

public sealed class PlanHandler(ILedgerStore ledger, IOptions<DeadlinePolicy> policy) : CaseCommandHandler<PlanPayload>
{
    public override CaseCommand Kind => CaseCommand.SubmitPlan;

    protected override async Task<Transition> ApplyAsync(CommandContext context, PlanPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var errors = new ErrorList();
        var instalments = new List<Instalment>();
        var given = payload.Instalments ?? [];
        if (given.Count > RepaymentPlan.MaxInstalments)
        {
            return context.Refuse($"A repayment plan has at most {RepaymentPlan.MaxInstalments} instalments.");
        }

        for (var i = 0; i < given.Count; i++)
        {
            var amounts = new List<Money>();
            var listed = given[i]?.Amounts ?? [];
            for (var a = 0; a < listed.Count; a++)
            {
                if (MoneyValidator.Validate(listed[a]?.Amount, listed[a]?.Currency, $"$.instalments[{i}].amounts[{a}]", errors) is { } money)
                {
                    amounts.Add(money);
                }
            }

            instalments.Add(new Instalment(given[i]?.Number ?? i + 1, given[i]?.DueAt ?? default, amounts));
        }

        if (errors.Any)
        {
            return context.Refuse(RefusalText.FromErrors(errors.Errors));
        }

        var summary = await ledger.GetSummaryAsync(context.CaseId, cancellationToken).ConfigureAwait(false);
        return context.Case.SubmitPlan(context.Actor, new RepaymentPlan(instalments), summary, context.Now, policy.Value);
    }
}
