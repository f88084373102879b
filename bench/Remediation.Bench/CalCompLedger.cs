using System.Diagnostics;
using Remediation.Domain.Currencies;
using Remediation.Domain.Geography;
using Remediation.Domain.Ledger;
using Remediation.Domain.Paging;
using Remediation.Storage;
using Remediation.Storage.Ledger;

namespace Remediation.Bench;

/// <summary>
/// The Cal-Comp-scale ledger: 10,570 Myanmar workers owed about 20,000 THB each. Times writing it (intake batches
/// of 5,000), paging it back, and recording one payment per worker, against Azurite.
/// </summary>
internal static class CalCompLedger
{
    public const int Workers = 10_570;

    public static async Task<IReadOnlyDictionary<string, double>> RunAsync(RemediationTables tables)
    {
        var store = new TableLedgerStore(tables, Remediation.Domain.Keys.KeyRing.Generate());
        var caseId = "calcomp-" + Guid.NewGuid().ToString("N")[..8];
        var lines = Enumerable.Range(1, Workers).Select(i =>
        {
            var owed = Money.Of(17000m + (i % 3000), "THB");
            var line = new LedgerLine($"MM-{i:D5}", Country.Of("MM"), new DateOnly(2016, 3, 1), i % 4 == 0 ? EmploymentStatus.Former : EmploymentStatus.Current,
                [new FeeItem(FeeCategory.RecruitmentFee, owed, "agent", new DateOnly(2015, 12, 1))]);
            return line.Confirm(RepaymentBasis.ZeroFee, [new ConfirmedFee(FeeCategory.RecruitmentFee, owed)]).Line;
        }).ToList();
        var expected = lines.Sum(l => l.Confirmed.For(Currency.Of("THB")).Amount);

        var write = Stopwatch.StartNew();
        foreach (var (batch, i) in lines.Chunk(5000).Select((b, i) => (b, i)))
        {
            Require(!(await store.AddLinesAsync(caseId, $"intake-{i}", batch)).IsRefused, "intake refused");
        }

        write.Stop();

        var read = Stopwatch.StartNew();
        var count = 0;
        string? token = null;
        do
        {
            var page = await store.GetLinesAsync(caseId, new PageRequest(1000, token));
            count += page.Items.Count;
            token = page.ContinuationToken;
        }
        while (token is not null);

        read.Stop();
        Require(count == Workers, $"read back {count} lines");

        var pay = Stopwatch.StartNew();
        foreach (var (batch, i) in lines.Chunk(5000).Select((b, i) => (b, i)))
        {
            var payments = batch.ToDictionary(
                l => l.WorkerRef,
                l => (Func<LedgerLine, (LedgerLine, LedgerChange)>)(line => line.RecordPayment(new Payment($"pay-{l.WorkerRef}", line.Outstanding.Amounts[0], new DateOnly(2019, 12, 1), "payroll", []))));
            Require(!(await store.ChangeLinesAsync(caseId, payments)).IsRefused, "payments refused");
        }

        pay.Stop();
        var summary = await store.GetSummaryAsync(caseId);
        Require(summary.Paid.For(Currency.Of("THB")).Amount == expected && summary.Outstanding.IsZero, "totals are not exact");

        return new Dictionary<string, double>
        {
            ["write 10,570 lines (s)"] = write.Elapsed.TotalSeconds,
            ["read back 10,570 lines (s)"] = read.Elapsed.TotalSeconds,
            ["record 10,570 payments (s)"] = pay.Elapsed.TotalSeconds,
        };
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark check failed: " + what);
        }
    }
}
