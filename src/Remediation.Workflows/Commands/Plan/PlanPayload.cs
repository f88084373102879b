namespace Remediation.Workflows.Commands.Plan;

/// <summary>The supplier's repayment plan: instalments, each with one amount per currency.</summary>
public sealed record PlanPayload(IReadOnlyList<InstalmentPayload>? Instalments);

public sealed record InstalmentPayload(int Number, DateTimeOffset DueAt, IReadOnlyList<MoneyPayload>? Amounts);

public sealed record MoneyPayload(decimal? Amount, string? Currency);
