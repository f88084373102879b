using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Ledger;
using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Commands.Close;

public sealed class CloseHandler(
    ILedgerStore ledger,
    IOptions<DeadlinePolicy> policy,
    IOptions<VerificationPolicy> verification,
    Verification.VerificationSamples samples) : CaseCommandHandler<ClosePayload, CloseDecision>
{
    public override CaseCommand Kind => CaseCommand.Close;

    protected override Task<Checked<CloseDecision>> ValidateAsync(CommandContext context, ClosePayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        CaseOutcome? outcome = payload.Outcome switch
        {
            "remediated" => CaseOutcome.Remediated,
            "unremediated" => CaseOutcome.Unremediated,
            "withdrawn" => CaseOutcome.Withdrawn,
            _ => null,
        };
        return Task.FromResult(outcome is { } chosen
            ? Checked.Valid(new CloseDecision(chosen, payload.Reason))
            : Checked.Refused<CloseDecision>("outcome must be 'remediated', 'unremediated' or 'withdrawn'."));
    }

    protected override async Task<Transition> ApplyAsync(CommandContext context, CloseDecision command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var summary = await ledger.GetSummaryAsync(context.CaseId, cancellationToken).ConfigureAwait(false);

        // Closing as remediated checks the verification sample itself, not just a share of confirmations.
        var sample = command.Outcome == CaseOutcome.Remediated && context.Case.Stage == Stage.Verification
            && await samples.GetAsync(context.CaseId, cancellationToken).ConfigureAwait(false) is { } drawn
                ? await samples.ProgressAsync(drawn, cancellationToken).ConfigureAwait(false)
                : null;
        return context.Case.Close(context.Actor, command.Outcome, command.Reason, summary, verification.Value, context.Now, policy.Value, sample);
    }
}
