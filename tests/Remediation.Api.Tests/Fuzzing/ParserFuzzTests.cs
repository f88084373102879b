using CsCheck;
using Remediation.Api.Json;
using Xunit.Abstractions;

namespace Remediation.Api.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing (CsCheck) of every reader in <see cref="ParserHarness"/>: whatever arrives, each answers a
/// value or a 400 problem, in bounded time and allocation, and never throws. The counts run in CI on every build;
/// a failure prints CsCheck's seed, which reproduces it.
/// </summary>
public class ParserFuzzTests(ITestOutputHelper output)
{
    private const int JsonCases = 50_000;
    private const int CsvCases = 25_000;
    private const int XlsxCases = 5_000;

    [Fact]
    public void A_lone_surrogate_where_a_word_or_a_date_is_expected_is_refused_with_400()
    {
        // Found by the fuzzing below (seed 7ZyW7q-6RFu5): the shape check read "\ud800" as text and threw.
        Assert.All(ParserHarness.JsonBodies, type =>
        {
            Assert.Equal(400, ParserHarness.ReadJson(type, "{\"priority\":\"\\ud800\",\"paidOn\":\"\\udc00\"}"));
        });
    }

    [Fact]
    public void Any_json_body_of_any_request_type_is_read_or_refused_with_400()
    {
        var types = ParserHarness.JsonBodies;
        var statuses = new int[2];
        Gen.Select(Gen.Int[0, types.Count - 1], Gen.Frequency((3, HostileInputs.Json()), (1, HostileInputs.MutatedGrievance)))
            .Sample(c => Interlocked.Increment(ref statuses[ParserHarness.ReadJson(types[c.Item1], c.Item2) == 200 ? 0 : 1]), iter: JsonCases);

        output.WriteLine($"JSON: {JsonCases} bodies over {types.Count} request types: {statuses[0]} read, {statuses[1]} refused with 400");
        Assert.Equal(JsonCases, statuses.Sum());
        Assert.True(statuses[0] > 0 && statuses[1] > 0, "the generator reaches both outcomes");
    }

    [Fact]
    public void A_string_escaping_half_a_surrogate_pair_is_refused_with_400_naming_its_path()
    {
        // Found by the fuzzer (seed 6-piDEwDROY2): valid JSON that no .NET string can hold.
        var (value, problem) = RequestBody.Parse<Contracts.Notifications.CreateSubscriptionRequest>("""{"url":"\ud800"}""");

        Assert.Null(value);
        Assert.Equal(400, ParserHarness.StatusOf(problem));
    }

    [Fact]
    public void Any_csv_body_is_read_into_every_sheet_or_refused_with_400()
    {
        var statuses = new int[2];
        HostileInputs.Csv.Sample(body => Interlocked.Increment(ref statuses[ParserHarness.ReadCsv(body) == 200 ? 0 : 1]), iter: CsvCases);

        output.WriteLine($"CSV: {CsvCases} bodies through {ParserHarness.Sheets.Count} sheet mappings: " +
            $"{statuses[0]} read, {statuses[1]} refused with 400");
        Assert.Equal(CsvCases, statuses.Sum());
        Assert.True(statuses[0] > 0 && statuses[1] > 0, "the generator reaches both outcomes");
    }

    [Fact]
    public void Any_xlsx_body_is_read_into_every_sheet_or_refused_with_400()
    {
        var statuses = new int[2];
        HostileInputs.Xlsx.Sample(body => Interlocked.Increment(ref statuses[ParserHarness.ReadXlsx(body) == 200 ? 0 : 1]), iter: XlsxCases);

        output.WriteLine($"XLSX: {XlsxCases} bodies through {ParserHarness.Sheets.Count} sheet mappings: " +
            $"{statuses[0]} read, {statuses[1]} refused with 400");
        Assert.Equal(XlsxCases, statuses.Sum());
        Assert.True(statuses[0] > 0 && statuses[1] > 0, "the generator reaches both outcomes");
    }
}
