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

public sealed class PlanHandler(ILedgerStore ledger, IOptions<DeadlinePolicy> policy) : CaseCommandHandler<PlanPayload, RepaymentPlan>
{
    public override CaseCommand Kind => CaseCommand.SubmitPlan;

    protected override Task<Checked<RepaymentPlan>> ValidateAsync(CommandContext context, PlanPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var errors = new ErrorList();
        var instalments = new List<Instalment>();
        var given = payload.Instalments ?? [];
        if (given.Count > RepaymentPlan.MaxInstalments)
        {
            return Task.FromResult(Checked.Refused<RepaymentPlan>($"A repayment plan has at most {RepaymentPlan.MaxInstalments} instalments."));
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

        return Task.FromResult(Checked.Of(new RepaymentPlan(instalments), errors));
    }

    protected override async Task<Transition> ApplyAsync(CommandContext context, RepaymentPlan command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var summary = await ledger.GetSummaryAsync(context.CaseId, cancellationToken).ConfigureAwait(false);
        return context.Case.SubmitPlan(context.Actor, command, summary, context.Now, policy.Value);
    }
}
