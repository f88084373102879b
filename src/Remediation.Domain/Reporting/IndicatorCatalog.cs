using Remediation.Domain.Cases;

namespace Remediation.Domain.Reporting;

/// <summary>
/// Every risk indicator, written once: the API's sorting and filtering, the method endpoint, the console, the exports
/// and docs/risk-method.md all read this list. There is no composite score: each indicator stands on its own rule.
/// </summary>
public static class IndicatorCatalog
{
    private const string Intake = "The monitoring partner's report at intake (factory), as reported, not verified";
    private const string Record = "The case record: cases accepted at triage with this supplier linked (disclosed cases only)";
    private const string Contracts = "Contracts registered by caseworkers or admins (POST /api/v1/contracts)";

    public static IReadOnlyList<Indicator> All { get; } =
    [
        new("cases", "Cases", IndicatorKind.Number, IndicatorScope.Both, Record,
            "Disclosed cases, open or closed.", f => IndicatorReading.Of(f.Record.Aggregate.Cases)),
        new("openCases", "Open cases", IndicatorKind.Number, IndicatorScope.Both, Record,
            "Disclosed cases not yet closed.", f => IndicatorReading.Of(f.Record.Aggregate.OpenCases)),
        new("overdueNow", "Overdue now", IndicatorKind.Number, IndicatorScope.Supplier, Record,
            "Open cases waiting for the supplier whose deadline has passed.", f => IndicatorReading.Of(f.Record.OverdueNow)),
        new("daysLateNow", "Days late now", IndicatorKind.Number, IndicatorScope.Supplier, Record,
            "Sum over open cases waiting for the supplier of the days since their deadline passed (1 decimal).",
            f => IndicatorReading.Of(f.Record.DaysLateNow)),
        new("daysLateTotal", "Days late in total", IndicatorKind.Number, IndicatorScope.Supplier, Record,
            "Days late now, plus every earlier deadline of the supplier's that had passed when it acted, the stage moved on, " +
            "or a caseworker extended it.", f => IndicatorReading.Of(f.Record.DaysLateTotal)),
        new("highestLevel", "Highest escalation level", IndicatorKind.Number, IndicatorScope.Supplier, Record,
            "The highest ladder level (1 reminder, 2 warning, 3 formal notice, 4 sanctions recommended) a deadline of the supplier's reached.",
            f => IndicatorReading.Of(f.Record.HighestLevel)),
        new("casesAtLevel3", "Cases at formal notice or beyond", IndicatorKind.Number, IndicatorScope.Supplier, Record,
            "Cases where a deadline of the supplier's reached level 3 or 4.", f => IndicatorReading.Of(f.Record.Reached(3))),
        new("repeatedFindings", "Repeated findings", IndicatorKind.Number, IndicatorScope.Both, Record,
            "Cases opened about a factory after an earlier case about it closed with fees found (remediated or unremediated). " +
            "Withdrawn and rejected cases are not findings.", f => IndicatorReading.Of(f.Record.RepeatCaseIds.Count)),
        new("workersOwed", "Workers owed", IndicatorKind.Number, IndicatorScope.Both, Record,
            "Workers whose confirmed fees are more than zero.", f => IndicatorReading.Of(f.Record.Aggregate.WorkersOwed)),
        new("workersNotPaid", "Workers not yet paid", IndicatorKind.Number, IndicatorScope.Both, Record,
            "Workers owed whose line is not yet paid in full.",
            f => IndicatorReading.Of(f.Record.Aggregate.WorkersOwed - f.Record.Aggregate.WorkersPaid)),
        new("outstanding", "Outstanding", IndicatorKind.Text, IndicatorScope.Both, Record,
            "Confirmed minus paid, per currency, never converted.",
            f => IndicatorReading.Of([.. f.Record.Outstanding.Select(p => $"{p.Value:0.00} {p.Key}")], "none")),
        new("verifiedPercent", "Verified share (%)", IndicatorKind.Number, IndicatorScope.Both, Record,
            "Workers whose receipt is verified, of workers owed, in percent.", f => IndicatorReading.Of(f.Record.VerifiedPercent, "nobody owed")),
        new("selfConfirmedPercent", "Confirmed by workers themselves (%)", IndicatorKind.Number, IndicatorScope.Both, Record,
            "Workers who confirmed receipt themselves (worker page or text message), of workers with a confirmed receipt.",
            f => IndicatorReading.Of(f.Record.SelfConfirmedPercent, "no receipts")),
        new("retaliationReports", "Retaliation reported", IndicatorKind.Number, IndicatorScope.Both, Record,
            "Cases in which retaliation against workers was reported.", f => IndicatorReading.Of(f.Record.Aggregate.Retaliation)),
        new("medianDaysToRemediation", "Median days to remediation", IndicatorKind.Number, IndicatorScope.Both, Record,
            "Median days from the partner's report to closing, over cases closed remediated (within 0.5 %).",
            f => IndicatorReading.Of(f.Record.Aggregate.ToRemediated.MedianDays(), "none remediated")),
        new("countries", "Factory countries", IndicatorKind.Text, IndicatorScope.Both, Intake,
            "PPN 009 location: the ISO countries of the factories in its cases.", f => IndicatorReading.Of(f.Record.Countries, "none")),
        new("sectors", "Sectors", IndicatorKind.Text, IndicatorScope.Both, Intake,
            "PPN 009 industry: the sectors reported for its factories.",
            f => IndicatorReading.Of([.. f.Record.Sectors.Select(WireNames.Sector)], "not reported")),
        new("migrantPercent", "Migrant workforce (%)", IndicatorKind.Number, IndicatorScope.Both, Intake,
            "PPN 009 workforce: per factory, the latest reported migrants of its workforce in percent; per supplier, the highest of its factories.",
            f => IndicatorReading.Of(f.Record.HighestMigrantPercent, "not reported")),
        new("factories", "Factories", IndicatorKind.Number, IndicatorScope.Supplier, Intake,
            "Distinct factories (country, name and site, normalised) in its cases.", f => IndicatorReading.Of(f.Record.Factories)),
        new("linkedBuyers", "Linked public buyers", IndicatorKind.Number, IndicatorScope.Supplier, Contracts,
            "Electronics Watch leverage: distinct buyers (by name, case and spacing ignored) with a contract active today.",
            f => IndicatorReading.Of(f.Leverage.LinkedBuyers)),
        new("activeContracts", "Active contracts", IndicatorKind.Number, IndicatorScope.Supplier, Contracts,
            "Contracts whose dates include today.", f => IndicatorReading.Of(f.Leverage.ActiveContracts)),
        new("combinedValue", "Combined contract value", IndicatorKind.Text, IndicatorScope.Supplier, Contracts,
            "Per currency, the band holding the sum of the active contracts' band floors: a stated floor, not an estimate.",
            f => new IndicatorReading(f.Leverage.CombinedText, null)),
    ];

    public static Indicator? Find(string name) => All.FirstOrDefault(i => i.Name == name);
}
