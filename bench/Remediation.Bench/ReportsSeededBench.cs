using System.Diagnostics;
using System.Globalization;
using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Geography;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Parties;
using Remediation.Storage;
using Remediation.Storage.Reporting;

namespace Remediation.Bench;

/// <summary>
/// Issue 21's reads at a number of cases the API cannot load on this machine in a session (BENCH_LOAD=facts): the
/// suppliers and contracts are registered over the API as in <see cref="ReportsBench"/>, and then each case's report
/// facts are written by the product's own projection (<see cref="TableReportFacts.ProjectAsync"/>) from a case opened
/// and triaged by the domain, opened over the last year, 3 workers owed 20,000.50 THB each, every 20th rejected. The
/// reads are the same requests as the API-built run; only the cases' own rows (case, ledger, timeline, orchestration)
/// are missing, which none of these reads touch. The evidence pack, which verifies each case's timeline, is left out.
/// </summary>
internal static class ReportsSeededBench
{
    public static async Task<(IReadOnlyList<(string Figure, IReadOnlyList<double> Ms)> Latencies, IReadOnlyList<(string Figure, string Value)> Setup)>
        RunAsync(string connectionString, int cases, int suppliers)
    {
        var setup = new List<(string, string)>();
        await using var server = await ServerUnderTest.StartAsync(connectionString);
        var supplierIds = ReportsBench.SupplierIds(suppliers);
        var clock = Stopwatch.StartNew();
        await ReportsBench.RegisterAsync(server, supplierIds);
        setup.Add(($"{suppliers} suppliers and their contracts registered over the API (s)", ReportsBench.F(clock.Elapsed.TotalSeconds)));

        var facts = new TableReportFacts(new RemediationTables(connectionString, server.TablePrefix));
        var policy = new DeadlinePolicy();
        var now = DateTimeOffset.UtcNow;
        var written = 0;
        clock.Restart();
        await Parallel.ForEachAsync(Enumerable.Range(0, cases), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
        {
            var (@case, ledger) = Case(i, supplierIds, policy, now);
            await facts.ProjectAsync(@case, ledger, token);
            if (Interlocked.Increment(ref written) % 1000 == 0)
            {
                Console.Error.WriteLine($"{clock.Elapsed:mm\\:ss} facts of {written} cases written");
            }
        });
        setup.Add(($"{cases:N0} cases' report facts written by the projection, 4 at a time (s; cases/s)",
            $"{ReportsBench.F(clock.Elapsed.TotalSeconds)}; {ReportsBench.F(cases / clock.Elapsed.TotalSeconds)}"));

        var latencies = await ReportsBench.MeasureAsync(server, connectionString, supplierIds, cases, setup, evidencePack: false);
        return (latencies, setup);
    }

    /// <summary>Case <paramref name="i"/>: opened (i % 365) days ago, triaged a day later, revision 2.</summary>
    private static (Case Case, LedgerSummary Ledger) Case(int i, IReadOnlyList<string> supplierIds, DeadlinePolicy policy, DateTimeOffset now)
    {
        var supplier = i % supplierIds.Count;
        var opened = now.AddDays(-(i % 365)).AddHours(-1);
        var intake = new NewCase(
            "PART-BENCH",
            $"BENCH-F{i:D6}",
            new Factory(ReportsBench.FactoryName(i, supplierIds.Count), Country.Of("TH"), "Phetchaburi"),
            supplierIds[supplier],
            "Myanmar workers paid recruitment fees of about 20,000 THB to agents.",
            Priority.Standard,
            ["debt_bondage"],
            []);
        var open = Domain.Cases.Case.Open($"C-BENCH-{i:D6}", intake, opened, policy).Case;
        var triaged = ReportsBench.IsRejected(i)
            ? open.RejectTriage(Actor.Caseworker(), "Outside scope.", opened.AddDays(1), policy).Case
            : open.AcceptTriage(Actor.Caseworker(), supplierIds[supplier], ["CON-" + supplierIds[supplier][4..]], Priority.Standard,
                opened.AddDays(1), policy).Case;
        var ledger = LedgerSummary.Empty with
        {
            Workers = 3,
            Confirmed = MoneyTotals.Of(Money.Of(60001.50m, "THB")),
            WorkersByStatus = System.Collections.Immutable.ImmutableSortedDictionary<LedgerLineStatus, int>.Empty.Add(LedgerLineStatus.Owed, 3),
        };
        return (triaged with { Revision = 2 }, ledger);
    }
}
