using Remediation.Domain.Parties;
using Remediation.Domain.PublicReports;
using Remediation.Domain.Reporting;

namespace Remediation.Api.PublicReports;

/// <summary>What a report holds, read from the report facts (one narrow row per case), and which factories it may name.</summary>
public sealed class PublicReportContent(IReportFacts facts)
{
    public async Task<PublicReport> BuildAsync(
        string id, DateOnly from, DateOnly to, IReadOnlyList<Party> suppliers, IReadOnlyList<string> chosen, DateTimeOffset now, ActedBy? by,
        CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken).ConfigureAwait(false);
        var inPeriod = PublicReportBuilder.InPeriod(all, from, to);
        var overall = PublicReportBuilder.Figures(inPeriod, from, to);
        var named = inPeriod.Where(c => c.Disclosed && suppliers.Any(s => s.Id == c.SupplierId)).ToList();
        var open = OpenFactories(all);
        var sections = suppliers.Select(s =>
        {
            var cases = named.Where(c => c.SupplierId == s.Id).ToList();
            var factories = cases.GroupBy(c => c.FactoryKey, StringComparer.Ordinal).Select(g => g.MaxBy(c => c.OpenedAt)!).ToList();
            var nameable = factories.Where(f => !open.Contains(f.FactoryKey) || chosen.Contains(f.FactoryKey)).ToList();
            return new SupplierSection(
                s.Id,
                s.Name,
                [.. nameable.Select(f => new NamedFactory(f.FactoryKey, f.FactoryName, f.Country)).OrderBy(f => f.Name, StringComparer.Ordinal)],
                factories.Count - nameable.Count,
                PublicReportBuilder.ProtectRemainder(overall, inPeriod, named, PublicReportBuilder.Figures(cases, from, to)));
        });
        return new PublicReport(id, from, to, now, by, overall, [.. sections], chosen);
    }

    /// <summary>
    /// At release, drops any factory a case about which opened since preparation (unless chosen): the frozen
    /// figures stay, the names follow the rule as it stands.
    /// </summary>
    public async Task<PublicReport> RenameAsync(PublicReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var open = OpenFactories(await AllAsync(cancellationToken).ConfigureAwait(false));
        return report with
        {
            Suppliers = [.. report.Suppliers.Select(s =>
            {
                var kept = s.Factories.Where(f => !open.Contains(f.Key) || report.ChosenFactories.Contains(f.Key)).ToList();
                return s with { Factories = kept, FactoriesNotNamed = s.FactoriesNotNamed + (s.Factories.Count - kept.Count) };
            })],
        };
    }

    /// <summary>Every factory with an open case, disclosed to its supplier or not (a case in triage is open too).</summary>
    private static HashSet<string> OpenFactories(IEnumerable<CaseContribution> all) =>
        all.Where(c => c.IsOpen).Select(c => c.FactoryKey).ToHashSet(StringComparer.Ordinal);

    private async Task<List<CaseContribution>> AllAsync(CancellationToken cancellationToken)
    {
        var all = new List<CaseContribution>();
        await foreach (var c in facts.AllCasesAsync(cancellationToken).ConfigureAwait(false))
        {
            all.Add(c);
        }

        return all;
    }
}
