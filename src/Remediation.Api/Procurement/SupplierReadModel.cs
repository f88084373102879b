using Remediation.Api.Views;
using Remediation.Contracts.Procurement;
using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Parties;
using Remediation.Domain.Procurement;
using Remediation.Domain.Reporting;

namespace Remediation.Api.Procurement;

/// <summary>
/// A supplier's view from the report facts (its aggregate and its cases' contributions), its contracts and the
/// indicator catalogue: a point read, one range of rows and the cached contracts per page, whatever the number of cases.
/// </summary>
public sealed class SupplierReadModel(
    IReportFacts facts,
    ContractDirectory contracts,
    TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Domain.Deadlines.DeadlinePolicy> policy)
{
    public async Task<SupplierView> ReadAsync(Party supplier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        var now = clock.GetUtcNow();
        var aggregate = await facts.SupplierAsync(supplier.Id, cancellationToken).ConfigureAwait(false) ?? Empty();
        var cases = new List<CaseContribution>();
        await foreach (var c in facts.SupplierCasesAsync(supplier.Id, cancellationToken).ConfigureAwait(false))
        {
            cases.Add(c);
        }

        var held = await contracts.OfSupplierAsync(supplier.Id, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var dayLength = policy.Value.DayLength;
        var record = new SupplierRecord(aggregate, now, dayLength);
        var figures = new SupplierFigures(record, Leverage.Of(held, today));
        var repeats = record.RepeatCaseIds.ToHashSet(StringComparer.Ordinal);
        var registered = held.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return new SupplierView
        {
            Id = supplier.Id,
            Name = supplier.Name,
            AsOf = now,
            Record = Record(record),
            Indicators = Readings(figures, IndicatorScope.Supplier),
            Factories = [.. cases.GroupBy(c => c.FactoryKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Factory([.. g], now, dayLength, repeats))],
            Contracts = [.. held.OrderBy(c => c.Id, StringComparer.Ordinal).Select(ProcurementViews.Contract)],
            Buyers = [.. held.Where(c => c.IsActiveOn(today)).Select(c => c.Buyer).DistinctBy(Leverage.BuyerKey).Order(StringComparer.Ordinal)],
            UnregisteredContractReferences =
                [.. cases.SelectMany(c => c.Contracts).Where(id => !registered.Contains(id)).Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)],
            Cases = [.. cases.OrderByDescending(c => c.OpenedAt).Select(c => new SupplierCaseItem
            {
                CaseId = c.CaseId,
                FactoryKey = c.FactoryKey,
                Stage = Enum.Parse<Contracts.Cases.Stage>(c.Stage.ToString()),
                Outcome = c.Outcome is { } o ? Enum.Parse<Contracts.Cases.CaseOutcome>(o.ToString()) : null,
                OpenedAt = c.OpenedAt,
                ClosedAt = c.ClosedAt,
                HighestSupplierLevel = c.HighestSupplierLevel,
                Workers = c.Workers,
                DaysLate = c.DaysLate(now, dayLength),
            })],
        };
    }

    /// <summary>Every indicator of a supplier, from its aggregate and contracts (no per-case rows: the list reads many suppliers).</summary>
    public static IReadOnlyList<IndicatorValue> Readings(SupplierFigures figures, IndicatorScope scope) =>
        [.. IndicatorCatalog.All.Where(i => scope == IndicatorScope.Supplier || i.AppliesTo == IndicatorScope.Both).Select(i =>
        {
            var reading = i.Read(figures);
            return new IndicatorValue { Name = i.Name, Value = reading.Text, Number = reading.Number };
        })];

    public static CaseAggregate Empty() => new() { KeepsCaseMaps = true };

    private static SupplierFactoryView Factory(
        IReadOnlyList<CaseContribution> cases, DateTimeOffset now, TimeSpan dayLength, HashSet<string> repeats)
    {
        var aggregate = Empty();
        foreach (var c in cases)
        {
            aggregate.Apply(c, 1);
        }

        var latest = cases.MaxBy(c => c.OpenedAt)!;
        var workforce = cases.Where(c => c.Workforce is not null).Select(c => c.Workforce!).MaxBy(w => w.AsOf);
        return new SupplierFactoryView
        {
            Key = latest.FactoryKey,
            Name = latest.FactoryName,
            Country = latest.Country,
            Sector = cases.Select(c => c.Sector).LastOrDefault(s => s is not null) is { } sector ? Domain.WireNames.Sector(sector) : null,
            MigrantSharePercent = workforce?.MigrantPercent,
            Cases = cases.Count,
            OpenCases = cases.Count(c => c.IsOpen),
            RepeatedFinding = cases.Any(c => repeats.Contains(c.CaseId)),
            Indicators = Readings(new SupplierFigures(new SupplierRecord(aggregate, now, dayLength), Leverage.None), IndicatorScope.Both),
        };
    }

    private static SupplierRecordView Record(SupplierRecord record)
    {
        var a = record.Aggregate;
        return new SupplierRecordView
        {
            Cases = a.Cases,
            OpenCases = a.OpenCases,
            CasesByStage = a.ByStage,
            CasesByOutcome = a.ByOutcome,
            Workers = a.Workers,
            WorkersOwed = a.WorkersOwed,
            WorkersPaid = a.WorkersPaid,
            WorkersVerified = a.WorkersVerified,
            Totals = CaseViews.Totals(a.Claimed, a.Confirmed, a.Paid, a.Verified),
            OverdueNow = record.OverdueNow,
            DaysLateNow = record.DaysLateNow,
            DaysLateTotal = record.DaysLateTotal,
            HighestLevel = record.HighestLevel,
            CasesReachingLevel = Enumerable.Range(1, 4).ToDictionary(
                l => l.ToString(System.Globalization.CultureInfo.InvariantCulture), record.Reached),
            RepeatedFindingFactories = record.RepeatFactories.Count,
            RepeatedFindingCases = record.RepeatCaseIds.Count,
            MedianDaysToRemediation = a.ToRemediated.MedianDays(),
            MedianDaysToFirstPayment = a.ToFirstPayment.MedianDays(),
            WorkersWithReceipt = a.WorkersWithReceipt,
            WorkersSelfConfirmed = a.WorkersSelfConfirmed,
            SelfConfirmedPercent = record.SelfConfirmedPercent,
            RetaliationReports = a.Retaliation,
        };
    }
}
