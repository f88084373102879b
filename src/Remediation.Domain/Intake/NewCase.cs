using Remediation.Domain.Cases;
using Remediation.Domain.Ledger;

namespace Remediation.Domain.Intake;

/// <summary>A validated intake: everything needed to open a case and write its first ledger lines.</summary>
public sealed record NewCase(
    string PartnerId,
    string PartnerReference,
    Factory Factory,
    string? SupplierId,
    string Summary,
    Priority Priority,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<LedgerLine> Workers);
