using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Ledger;
using Remediation.Storage.Limits;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Confirmations;

/// <summary>
/// Verification samples in the ledger's table family (<c>ledgersamples</c>; partition = case). The strata and sampled
/// references are JSON split over part rows of at most <see cref="TableLimits.MaxStringChars"/> characters (a
/// 100,000-worker case samples 10,000 references), written under the draw's seed first; the header row, added last and
/// only if absent, is what makes a draw the case's: a second draw racing it leaves only unused parts behind.
/// </summary>
public sealed class TableVerificationSampleStore(RemediationTables tables) : IVerificationSampleStore
{
    private const string HeaderRow = "sample";

    public async Task<DrawnSample?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var header = await tables.Samples.GetEntityIfExistsAsync<TableEntity>(caseId, HeaderRow, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return header.HasValue ? await ReadAsync(caseId, header.Value!, cancellationToken).ConfigureAwait(false) : null;
    }

    public async Task<DrawnSample> AddAsync(DrawnSample sample, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var json = StorageJson.Serialize(sample.Sample.Strata.Select(StratumDocument.From).ToList());
        var parts = json.Chunk(TableLimits.MaxStringChars - 1024).Select(c => new string(c)).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            await tables.Samples.UpsertEntityAsync(
                new TableEntity(sample.CaseId, PartRow(sample.Sample.Seed, i)) { ["Json"] = parts[i] }, TableUpdateMode.Replace, cancellationToken)
                .ConfigureAwait(false);
        }

        var header = new TableEntity(sample.CaseId, HeaderRow)
        {
            ["Seed"] = sample.Sample.Seed,
            ["Method"] = VerificationSample.Method,
            ["Share"] = sample.Policy.Share.ToString(CultureInfo.InvariantCulture),
            ["Minimum"] = sample.Policy.Minimum,
            ["DisputeRate"] = sample.Policy.DisputeRate.ToString(CultureInfo.InvariantCulture),
            ["Population"] = sample.Population,
            ["DrawnAt"] = sample.DrawnAt,
            ["Parts"] = parts.Count,
        };
        try
        {
            await tables.Samples.AddEntityAsync(header, cancellationToken).ConfigureAwait(false);
            return sample;
        }
        catch (RequestFailedException e) when (e.Status == StorageStatus.Conflict)
        {
            return await GetAsync(sample.CaseId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The sample of case {sample.CaseId} was there and then was not.");
        }
    }

    private static string PartRow(string seed, int part) => $"part|{seed}|{part.ToString("D4", CultureInfo.InvariantCulture)}";

    private async Task<DrawnSample> ReadAsync(string caseId, TableEntity header, CancellationToken cancellationToken)
    {
        var seed = header.GetString("Seed");
        var json = new System.Text.StringBuilder();
        for (var i = 0; i < header.GetInt32("Parts"); i++)
        {
            var part = await tables.Samples.GetEntityAsync<TableEntity>(caseId, PartRow(seed, i), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            json.Append(part.Value.GetString("Json"));
        }

        var strata = StorageJson.Deserialize<List<StratumDocument>>(json.ToString()).Select(s => s.ToStratum()).ToList();
        var policy = new SamplePolicy
        {
            Share = decimal.Parse(header.GetString("Share"), CultureInfo.InvariantCulture),
            Minimum = header.GetInt32("Minimum") ?? 0,
            DisputeRate = decimal.Parse(header.GetString("DisputeRate"), CultureInfo.InvariantCulture),
        };
        return new DrawnSample(
            caseId, new VerificationSample(seed, strata), policy, header.GetInt32("Population") ?? 0, header.GetDateTimeOffset("DrawnAt")!.Value);
    }

    private sealed record StratumDocument(string Nationality, string FeeRecipient, EmploymentStatus Employment, int Workers, List<string> Sampled)
    {
        public static StratumDocument From(SampleStratum s) =>
            new(s.Key.Nationality, s.Key.FeeRecipient, s.Key.Employment, s.Workers, [.. s.Sampled]);

        public SampleStratum ToStratum() => new(new StratumKey(Nationality, FeeRecipient, Employment), Workers, Sampled);
    }
}
