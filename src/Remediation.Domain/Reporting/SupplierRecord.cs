using Remediation.Domain.Cases;

namespace Remediation.Domain.Reporting;

/// <summary>
/// A supplier's record from its aggregate, read at <c>now</c>: the figures docs/risk-method.md defines. Only cases
/// disclosed to the supplier are in its aggregate. Lateness is counted in the deadline policy's days (a day unless a
/// demo or test shortens them), as the deadlines themselves are.
/// </summary>
public sealed record SupplierRecord(CaseAggregate Aggregate, DateTimeOffset Now, TimeSpan? DayLength = null)
{
    public int OverdueNow => Aggregate.OpenDeadlines.Values.Count(d => d < Now.ToUnixTimeMilliseconds());

    public decimal DaysLateNow => Days(LateNowTicks);

    public decimal DaysLateTotal => Days(Aggregate.SupplierLateTicks + LateNowTicks);

    private long LateNowTicks =>
        Aggregate.OpenDeadlines.Values.Sum(d => Math.Max(0L, Now.ToUnixTimeMilliseconds() - d)) * TimeSpan.TicksPerMillisecond;

    public int HighestLevel => Enumerable.Range(1, 4).LastOrDefault(l => Reached(l) > 0);

    public int Reached(int level) =>
        Aggregate.SupplierLevelReached.GetValueOrDefault(level.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Cases opened after an earlier case about the same factory closed with fees found (remediated or not).</summary>
    public IReadOnlyList<string> RepeatCaseIds => [.. Aggregate.FactoryCases
        .GroupBy(p => p.Value.FactoryKey)
        .SelectMany(factory =>
        {
            var closings = factory.Where(p => p.Value.FindingClosedAt is not null).Select(p => p.Value.FindingClosedAt!.Value).ToList();
            return closings.Count == 0 ? [] : factory.Where(p => p.Value.OpenedAt > closings.Min()).Select(p => p.Key);
        })
        .Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> RepeatFactories => [.. Aggregate.FactoryCases
        .Where(p => RepeatCaseIds.Contains(p.Key)).Select(p => p.Value.FactoryKey).Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Countries => [.. Aggregate.FactoryCases.Values.Select(f => f.Country).Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyList<Sector> Sectors =>
        [.. Aggregate.FactoryCases.Values.Where(f => f.Sector is not null).Select(f => f.Sector!.Value).Distinct().Order()];

    public int Factories => Aggregate.FactoryCases.Values.Select(f => f.FactoryKey).Distinct().Count();

    /// <summary>Per factory, its latest reported workforce (by the day it describes).</summary>
    public IReadOnlyDictionary<string, ReportedWorkforce> Workforces => Aggregate.FactoryCases.Values
        .Where(f => f.Workforce is not null)
        .GroupBy(f => f.FactoryKey)
        .ToDictionary(g => g.Key, g => g.Select(f => f.Workforce!).MaxBy(w => w.AsOf)!, StringComparer.Ordinal);

    public decimal? HighestMigrantPercent => Workforces.Values.Select(w => w.MigrantPercent).Where(p => p is not null).Max();

    /// <summary>Verified workers of those owed, in percent; null when nobody is owed.</summary>
    public decimal? VerifiedPercent => Aggregate.WorkersOwed == 0 ? null : Math.Round(100m * Aggregate.WorkersVerified / Aggregate.WorkersOwed, 1);

    /// <summary>Workers who confirmed receipt themselves, of those with a receipt, in percent; null when none has one.</summary>
    public decimal? SelfConfirmedPercent =>
        Aggregate.WorkersWithReceipt <= 0 ? null : Math.Round(100m * Aggregate.WorkersSelfConfirmed / Aggregate.WorkersWithReceipt, 1);

    public IReadOnlyDictionary<string, decimal> Outstanding => Aggregate.Confirmed.Keys.Union(Aggregate.Paid.Keys)
        .Select(c => (c, Aggregate.Confirmed.GetValueOrDefault(c) - Aggregate.Paid.GetValueOrDefault(c)))
        .Where(p => p.Item2 != 0m)
        .ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal);

    private decimal Days(long ticks) => Math.Round((decimal)ticks / (DayLength ?? TimeSpan.FromDays(1)).Ticks, 1);
}
