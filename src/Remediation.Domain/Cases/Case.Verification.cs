using Remediation.Domain.Confirmations;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;

namespace Remediation.Domain.Cases;

public sealed partial record Case
{
    /// <summary>Set once the disputes in the verification sample passed the policy's rate: every worker must confirm.</summary>
    public bool FullVerificationRequired { get; init; }

    /// <summary>The timeline entry of a sample just drawn (its seed and method); the stage does not change.</summary>
    public static CaseEvent SampleDrawn(DrawnSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return new CaseEvent(CaseEventKinds.VerificationSampleDrawn, sample.Describe());
    }

    /// <summary>
    /// After receipts: if the sample's disputes now pass the policy's rate, the case needs every worker's confirmation to
    /// close as remediated, and the caseworkers and the partner hear of it. Said once.
    /// </summary>
    public Transition CheckSample(Transition after, DrawnSample sample, SampleProgress progress)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(sample);
        if (after.IsRefused || after.Case.FullVerificationRequired || !sample.RequiresFullVerification(progress))
        {
            return after;
        }

        var message = $"Disputes in the verification sample of case {Id} ({progress.DisputesRaised} of {progress.Sampled} sampled workers) " +
            $"passed the policy's rate of {sample.Policy.DisputeRate:P0}: every worker must now confirm receipt before the case " +
            "can close as remediated.";
        return after with
        {
            Case = after.Case with { FullVerificationRequired = true },
            Events = [.. after.Events, new CaseEvent(CaseEventKinds.FullVerificationRequired, message)],
            Notifications =
            [
                .. after.Notifications,
                NotifyCaseworkers(NotificationKind.ReceiptsDisputed, message),
                Notify(Role.Partner, PartnerId, NotificationKind.ReceiptsDisputed, message),
            ],
        };
    }
}
