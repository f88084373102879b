using Remediation.Domain.Cases;

namespace Remediation.Domain.Reporting;

/// <summary>
/// Figures over many cases, kept up to date by applying each case's new contribution and taking back its previous one,
/// so a report reads a few aggregates instead of every case. Sums and counts are added; the two keyed maps (open
/// supplier deadlines and findings per factory) are replaced per case, so "days late now" and repeated findings are
/// computed exactly when read. Shaped for JSON storage.
/// </summary>
public sealed class CaseAggregate
{
    public int Cases { get; set; }

    public int OpenCases { get; set; }

    public SortedDictionary<string, int> ByStage { get; init; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> ByOutcome { get; init; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> ByLevel { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Cases whose supplier deadlines reached level n (key "1" to "4").</summary>
    public SortedDictionary<string, int> SupplierLevelReached { get; init; } = new(StringComparer.Ordinal);

    public int SupplierEscalations { get; set; }

    public long SupplierLateTicks { get; set; }

    public int Retaliation { get; set; }

    public int Workers { get; set; }

    public int WorkersOwed { get; set; }

    public int WorkersPaid { get; set; }

    public int WorkersVerified { get; set; }

    public int WorkersWithReceipt { get; set; }

    public int WorkersSelfConfirmed { get; set; }

    public SortedDictionary<string, decimal> Claimed { get; init; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, decimal> Confirmed { get; init; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, decimal> Paid { get; init; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, decimal> Verified { get; init; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, SortedDictionary<string, decimal>> PaymentsByMonth { get; init; } = new(StringComparer.Ordinal);

    public DurationHistogram ToFirstPayment { get; init; } = new();

    public DurationHistogram ToClosed { get; init; } = new();

    public DurationHistogram ToRemediated { get; init; } = new();

    public SortedDictionary<string, DurationHistogram> InStage { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by case (supplier aggregates only): the supplier's deadline, as Unix milliseconds, while it is waited for.</summary>
    public SortedDictionary<string, long> OpenDeadlines { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by case (supplier aggregates only): its factory, when opened, and when closed if it was a finding.</summary>
    public SortedDictionary<string, FactoryCase> FactoryCases { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Whether this aggregate keeps the keyed maps (supplier aggregates do; the dashboard's shards need not).</summary>
    public bool KeepsCaseMaps { get; set; }

    public void Apply(CaseContribution contribution, int sign)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var c = contribution;
        Cases += sign;
        OpenCases += c.IsOpen ? sign : 0;
        Count(ByStage, c.Stage.ToString(), sign);
        if (c.Outcome is { } outcome)
        {
            Count(ByOutcome, outcome.ToString(), sign);
        }

        Count(ByLevel, c.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), sign);
        for (var level = 1; level <= c.HighestSupplierLevel; level++)
        {
            Count(SupplierLevelReached, level.ToString(System.Globalization.CultureInfo.InvariantCulture), sign);
        }

        SupplierEscalations += sign * c.SupplierEscalations;
        SupplierLateTicks += sign * c.SupplierLateTicks;
        Retaliation += c.Retaliation ? sign : 0;
        Workers += sign * c.Workers;
        WorkersOwed += sign * c.WorkersOwed;
        WorkersPaid += sign * c.WorkersPaid;
        WorkersVerified += sign * c.WorkersVerified;
        WorkersWithReceipt += sign * c.WorkersWithReceipt;
        WorkersSelfConfirmed += sign * c.WorkersSelfConfirmed;
        Add(Claimed, c.Claimed, sign);
        Add(Confirmed, c.Confirmed, sign);
        Add(Paid, c.Paid, sign);
        Add(Verified, c.Verified, sign);
        foreach (var (month, amounts) in c.PaymentsByMonth)
        {
            var totals = PaymentsByMonth.TryGetValue(month, out var existing) ? existing : PaymentsByMonth[month] = new(StringComparer.Ordinal);
            Add(totals, amounts, sign);
            if (totals.Count == 0)
            {
                PaymentsByMonth.Remove(month);
            }
        }

        ApplyDurations(c, sign);
        if (KeepsCaseMaps)
        {
            ApplyCaseMaps(c, sign);
        }
    }

    private void ApplyDurations(CaseContribution c, int sign)
    {
        if (c.FirstPaymentAt is { } first)
        {
            ToFirstPayment.Apply(first - c.OpenedAt, sign);
        }

        if (c.ClosedAt is { } closed)
        {
            ToClosed.Apply(closed - c.OpenedAt, sign);
            if (c.Outcome == CaseOutcome.Remediated)
            {
                ToRemediated.Apply(closed - c.OpenedAt, sign);
            }
        }

        foreach (var stay in c.Stays)
        {
            var key = stay.Stage.ToString();
            var histogram = InStage.TryGetValue(key, out var h) ? h : InStage[key] = new DurationHistogram();
            histogram.Apply(stay.Duration, sign);
            if (histogram.Buckets.Count == 0)
            {
                InStage.Remove(key);
            }
        }
    }

    private void ApplyCaseMaps(CaseContribution c, int sign)
    {
        if (sign < 0)
        {
            OpenDeadlines.Remove(c.CaseId);
            FactoryCases.Remove(c.CaseId);
            return;
        }

        if (c.SupplierDeadline is { } deadline)
        {
            OpenDeadlines[c.CaseId] = deadline.ToUnixTimeMilliseconds();
        }

        FactoryCases[c.CaseId] = new FactoryCase(
            c.FactoryKey, c.Country, c.Sector, c.Workforce, c.IsOpen, c.OpenedAt.ToUnixTimeMilliseconds(),
            c.IsClosedFinding ? c.ClosedAt!.Value.ToUnixTimeMilliseconds() : null);
    }

    private static void Count(SortedDictionary<string, int> counts, string key, int sign)
    {
        var n = counts.GetValueOrDefault(key) + sign;
        if (n == 0)
        {
            counts.Remove(key);
        }
        else
        {
            counts[key] = n;
        }
    }

    private static void Add(SortedDictionary<string, decimal> totals, IReadOnlyDictionary<string, decimal> amounts, int sign)
    {
        foreach (var (currency, amount) in amounts)
        {
            var sum = totals.GetValueOrDefault(currency) + (sign * amount);
            if (sum == 0m)
            {
                totals.Remove(currency);
            }
            else
            {
                totals[currency] = sum;
            }
        }
    }

    /// <summary>Several aggregates (the dashboard's shards) as one.</summary>
    public static CaseAggregate Sum(IEnumerable<CaseAggregate> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var sum = new CaseAggregate();
        foreach (var part in parts)
        {
            sum.Add(part);
        }

        return sum;
    }

    private void Add(CaseAggregate other)
    {
        Cases += other.Cases;
        OpenCases += other.OpenCases;
        foreach (var (map, from) in new[] { (ByStage, other.ByStage), (ByOutcome, other.ByOutcome), (ByLevel, other.ByLevel),
            (SupplierLevelReached, other.SupplierLevelReached) })
        {
            foreach (var (key, n) in from)
            {
                Count(map, key, n);
            }
        }

        SupplierEscalations += other.SupplierEscalations;
        SupplierLateTicks += other.SupplierLateTicks;
        Retaliation += other.Retaliation;
        Workers += other.Workers;
        WorkersOwed += other.WorkersOwed;
        WorkersPaid += other.WorkersPaid;
        WorkersVerified += other.WorkersVerified;
        WorkersWithReceipt += other.WorkersWithReceipt;
        WorkersSelfConfirmed += other.WorkersSelfConfirmed;
        Add(Claimed, other.Claimed, 1);
        Add(Confirmed, other.Confirmed, 1);
        Add(Paid, other.Paid, 1);
        Add(Verified, other.Verified, 1);
        foreach (var (month, amounts) in other.PaymentsByMonth)
        {
            Add(PaymentsByMonth.TryGetValue(month, out var t) ? t : PaymentsByMonth[month] = new(StringComparer.Ordinal), amounts, 1);
        }

        Merge(ToFirstPayment, other.ToFirstPayment);
        Merge(ToClosed, other.ToClosed);
        Merge(ToRemediated, other.ToRemediated);
        foreach (var (stage, histogram) in other.InStage)
        {
            Merge(InStage.TryGetValue(stage, out var h) ? h : InStage[stage] = new DurationHistogram(), histogram);
        }

        foreach (var (caseId, deadline) in other.OpenDeadlines)
        {
            OpenDeadlines[caseId] = deadline;
        }

        foreach (var (caseId, factory) in other.FactoryCases)
        {
            FactoryCases[caseId] = factory;
        }
    }

    private static void Merge(DurationHistogram into, DurationHistogram from)
    {
        foreach (var (bucket, n) in from.Buckets)
        {
            into.Buckets[bucket] = into.Buckets.GetValueOrDefault(bucket) + n;
        }
    }
}

/// <summary>A case in a factory's history: what repeated findings are derived from.</summary>
public sealed record FactoryCase(
    string FactoryKey, string Country, Sector? Sector, ReportedWorkforce? Workforce, bool Open, long OpenedAt, long? FindingClosedAt);
