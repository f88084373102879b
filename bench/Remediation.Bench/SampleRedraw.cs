using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Currencies;
using Remediation.Domain.Geography;
using Remediation.Domain.Ledger;

namespace Remediation.Bench;

/// <summary>
/// Draws a case's verification sample again from what the API gives anyone entitled to it: the seed and policy
/// (GET .../verification-sample) and the ledger (GET .../workers), with the published method; and compares.
/// <c>dotnet run -c Release --project bench/Remediation.Bench -- redraw-sample http://127.0.0.1:5080/api/v1/ CASE-ID KEY</c>
/// </summary>
internal static class SampleRedraw
{
    public static async Task<(bool Same, int Size, int Strata, JsonElement Sample)> RunAsync(HttpClient client, string caseId)
    {
        var sample = await client.GetFromJsonAsync<JsonElement>($"cases/{caseId}/verification-sample");
        var lines = new List<LedgerLine>();
        string? token = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>(
                $"cases/{caseId}/workers?pageSize=1000" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token)));
            lines.AddRange(page.GetProperty("items").EnumerateArray().Where(IsOwed).Select(Line));
            token = page.TryGetProperty("continuationToken", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (token is not null);

        var policy = sample.GetProperty("policy");
        var redrawn = VerificationSample.Draw(lines, sample.GetProperty("seed").GetString()!, new SamplePolicy
        {
            Share = policy.GetProperty("share").GetDecimal(),
            Minimum = policy.GetProperty("minimum").GetInt32(),
            DisputeRate = policy.GetProperty("disputeRate").GetDecimal(),
        });
        var published = sample.GetProperty("workers").EnumerateArray().Select(w => w.GetProperty("ref").GetString()!).ToList();
        return (published.SequenceEqual(redrawn.Workers), redrawn.Size, redrawn.Strata.Count, sample);
    }

    /// <summary>The strata as a Markdown table.</summary>
    public static IEnumerable<string> Table(JsonElement sample)
    {
        yield return "| nationality | fee recipient | employment | workers | sampled |";
        yield return "|---|---|---|---|---|";
        foreach (var s in sample.GetProperty("strata").EnumerateArray())
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {s.GetProperty("nationality").GetString()} | {s.GetProperty("feeRecipient").GetString()} | {s.GetProperty("employmentStatus").GetString()} | {s.GetProperty("workers").GetInt32():N0} | {s.GetProperty("sampled").GetInt32():N0} |");
        }
    }

    private static bool IsOwed(JsonElement line) => line.GetProperty("status").GetString() is not ("AwaitingFindings" or "NothingOwed");

    private static LedgerLine Line(JsonElement line) => new(
        line.GetProperty("ref").GetString()!,
        Country.Of(line.GetProperty("nationality").GetString()!),
        null,
        line.GetProperty("employmentStatus").GetString() == "former" ? EmploymentStatus.Former : EmploymentStatus.Current,
        [.. line.GetProperty("fees").EnumerateArray().Select(f => new FeeItem(
            FeeCategory.Other,
            Money.Of(decimal.Parse(f.GetProperty("amount").GetProperty("amount").GetString()!, CultureInfo.InvariantCulture),
                f.GetProperty("amount").GetProperty("currency").GetString()!),
            f.TryGetProperty("paidTo", out var to) && to.ValueKind == JsonValueKind.String ? to.GetString() : null,
            null))]);
}
