using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Fuzzing;

/// <summary>
/// Generators of what a hostile or careless party sends: JSON built from the contract's own field names with values
/// of every kind (and broken on purpose), CSV from the sheets' own headers with quotes, separators, line breaks and
/// formulas, and .xlsx packages from real workbooks, mutated, or with sheets of random cells.
/// </summary>
internal static class HostileInputs
{
    /// <summary>Every field name of the contract, camelCase, so random objects often hit real members.</summary>
    private static readonly string[] FieldNames =
    [
        .. typeof(Contracts.Cases.CreateCaseRequest).Assembly.GetTypes().SelectMany(t => t.GetProperties())
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Distinct().Order(StringComparer.Ordinal),
        "workerName", "passport", "__proto__", "$ref", string.Empty, "ref\n",
    ];

    private static readonly string[] Tricky =
    [
        "\"2016-03-01\"", "\"2099-12-31\"", "\"THB\"", "\"thb\"", "\"MM\"", "\"recruitment_fee\"", "\"zero_fee\"", "\"standard\"",
        "\"W-1\\n\"", "\"W-1\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"=1+2\"", "1e400", "-0", "0.000000000000000000000000000001", "79228162514264337593543950336", "123456789012",
        "\"+44 20 7946 0000\"", "\"AB1234567\"", "\"a@b.example\"", "true", "null", "[]", "{}", "\"\"",
    ];

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.OneOf(Tricky),
        Gen.Long.Select(v => v.ToString(CultureInfo.InvariantCulture)),
        Gen.Decimal.Select(v => v.ToString(CultureInfo.InvariantCulture)),
        Gen.String[0, 40].Select(v => JsonSerializer.Serialize(v)),
        Gen.Char.Array[0, 8].Select(c => new string(c)));

    /// <summary>A JSON-like value, nested up to <paramref name="depth"/>: mostly valid JSON, sometimes not.</summary>
    public static Gen<string> Json(int depth = 4) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (2, Json(depth - 1).Array[0, 6].Select(items => "[" + string.Join(",", items) + "]")),
            (4, Gen.Select(Gen.OneOf(FieldNames), Json(depth - 1)).Array[0, 8]
                .Select(members => "{" + string.Join(",", members.Select(m => $"{JsonSerializer.Serialize(m.Item1)}:{m.Item2}")) + "}")));

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly string Grievance = JsonSerializer.Serialize(Bodies.Grievance("FUZZ-1", workers: 3), Web);

    /// <summary>A valid body of a real request, then cut, spliced or bit-flipped.</summary>
    public static Gen<string> MutatedGrievance { get; } = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 10_000], Gen.Char, Gen.Int[0, 200]).Select(m =>
    {
        var json = Grievance;
        var at = m.Item2 % json.Length;
        return m.Item1 switch
        {
            0 => json[..at],
            1 => json[..at] + m.Item3 + json[at..],
            2 => json.Remove(at, Math.Min(m.Item4 % 20, json.Length - at)),
            _ => json[..at] + json[(m.Item4 % json.Length)..],
        };
    });

    private static readonly string[] Headers =
    [
        .. new[]
        {
            "ref", "nationality", "hiredOn", "employmentStatus", "category", "amount", "currency", "paidTo", "paidOn", "paymentId",
            "method", "receiptId", "received", "retaliationReported", "confirmedOn",
        },
    ];

    private static readonly Gen<string> Cell = Gen.Frequency(
        (8, Gen.OneOf(
            "W-1", "W-2", "MM", "2016-03-01", "current", "recruitment_fee", "20000.50", "THB", "agent", "yes", "no", "p-1", "bank_transfer", "",
            "1e5", "-1", "2015-13-45")),
        (2, Gen.OneOf("=1+2", "@SUM(A1)", " ", "W-1\u0000")),
        (2, Gen.String[0, 20].Where(v => !v.Contains('"', StringComparison.Ordinal) && !v.Contains(',', StringComparison.Ordinal))),
        (1, Gen.String[0, 10].Select(v => "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")),
        (1, Gen.OneOf("\"", "\"\"", ",", ";", "\r", "\n", "\r\n", "\uFEFF", "\0")));

    /// <summary>
    /// CSV with a header of real and made-up columns and rows of tricky cells (mostly as wide as the header, some not),
    /// in UTF-8 (sometimes with broken UTF-8 after it).
    /// </summary>
    public static Gen<byte[]> Csv { get; } = Gen.Int[1, 12].SelectMany(width => Gen.Select(
            Gen.Frequency((4, Gen.OneOf(Headers)), (1, Gen.String[0, 12])).Array[width],
            Gen.Frequency((5, Cell.Array[width]), (1, Cell.Array[0, 14])).Array[0, 30],
            Gen.OneOf(",", ";", "\t"),
            Gen.Frequency((5, Gen.Const(Array.Empty<byte>())), (1, Gen.Byte.Array[1, 4]))))
        .Select<(string[], string[][], string, byte[]), byte[]>(c =>
        {
            var text = new StringBuilder(string.Join(c.Item3, c.Item1)).Append("\r\n");
            foreach (var row in c.Item2)
            {
                text.Append(string.Join(c.Item3, row)).Append(row.Length % 2 == 0 ? "\r\n" : "\n");
            }

            return [.. Encoding.UTF8.GetBytes(text.ToString()), .. c.Item4];
        });

    /// <summary>.xlsx bodies: real workbooks with bytes flipped or cut, and packages whose sheet holds random cells.</summary>
    public static Gen<byte[]> Xlsx { get; } = Gen.OneOf(
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte, Gen.Int[0, 3]).Select(m =>
        {
            var workbook = Workbook.Of(
                ["ref", "category", "amount", "currency"], ["W-1", "recruitment_fee", "20000.50", "THB"], ["W-2", "medical", "300", "MYR"]);
            var at = m.Item1 % workbook.Length;
            return m.Item3 switch
            {
                0 => workbook[..at],
                _ => [.. workbook[..at], m.Item2, .. workbook[(at + 1)..]],
            };
        }),
        Gen.Select(
                Gen.OneOf("A", "B", "Z", "AA", "XFD", "ZZZZZZ", "", "1", "a").Array[1, 8],
                Gen.Int[0, 1_100_000].Array[1, 8],
                Gen.OneOf(Gen.OneOf("s", "inlineStr", "b", "n", "str", "e", "x"), Gen.String[0, 5]).Array[1, 8],
                Gen.String[0, 30].Array[1, 8])
            .Select(c => RawXlsx.Of(w =>
            {
                for (var i = 0; i < c.Item1.Length; i++)
                {
                    var row = c.Item2[i % c.Item2.Length];
                    var value = System.Security.SecurityElement.Escape(c.Item4[i % c.Item4.Length]);
                    w.Write($"<row r=\"{row}\"><c r=\"{c.Item1[i]}{row}\" t=\"{c.Item3[i % c.Item3.Length]}\">"
                        + $"<v>{value}</v><is><t>{value}</t></is></c></row>");
                }
            })));
}
