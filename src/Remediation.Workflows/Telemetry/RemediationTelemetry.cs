using System.Diagnostics;
using System.Diagnostics.Metrics;
using Remediation.Domain.Currencies;
using Remediation.Domain.Deadlines;

namespace Remediation.Workflows.Telemetry;

/// <summary>
/// Traces and metrics of the product, host-agnostic; both hosts export them with OpenTelemetry. Tags carry
/// command kinds, levels and currencies only: never worker references or amounts per worker.
/// </summary>
public static class RemediationTelemetry
{
    public const string Name = "Remediation";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> CasesOpened = Meter.CreateCounter<long>("remediation.cases.opened", description: "Cases opened at intake.");

    private static readonly Counter<long> Escalations = Meter.CreateCounter<long>(
        "remediation.escalations", description: "Escalation ladder steps, by level.");

    private static readonly Counter<long> Repaid = Meter.CreateCounter<long>(
        "remediation.repaid.minor_units",
        unit: "{minor unit}",
        description: "Amounts recorded as repaid, in the currency's minor units, by currency.");

    public static void CaseOpened() => CasesOpened.Add(1);

    public static void Escalated(EscalationLevel from, EscalationLevel to)
    {
        for (var level = from + 1; level <= to; level++)
        {
            Escalations.Add(1, new KeyValuePair<string, object?>("level", (int)level));
        }
    }

    /// <summary>Whole minor units (satang, cents) keep the metric exact without floating point.</summary>
    public static void Repay(MoneyTotals amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        foreach (var money in amounts.WithoutZeros().Amounts)
        {
            Repaid.Add(money.MinorUnits, new KeyValuePair<string, object?>("currency", money.Currency.Code));
        }
    }
}
