using Remediation.Domain.Ledger;

namespace Remediation.Workflows.Commands.Findings;

/// <summary>Checked findings: the repayment basis, the root cause as given, and each named worker's confirmed fees.</summary>
public sealed record FindingsSubmission(
    RepaymentBasis Basis, string? RootCause, IReadOnlyDictionary<string, IReadOnlyList<ConfirmedFee>> Confirmations);
