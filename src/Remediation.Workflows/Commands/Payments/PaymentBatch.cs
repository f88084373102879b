using Remediation.Domain.Ledger;

namespace Remediation.Workflows.Commands.Payments;

/// <summary>A checked payroll batch: its payments per worker, and how many it holds.</summary>
public sealed record PaymentBatch(IReadOnlyDictionary<string, List<Payment>> ByWorker, int Count);
