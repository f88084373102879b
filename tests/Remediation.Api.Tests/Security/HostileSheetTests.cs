using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Security;

/// <summary>
/// Spreadsheets built to exhaust the server: each is refused with a 400 that says which limit it met, quickly, and
/// the server goes on answering. (Before the limits, the first one made the server grow to 23 GB.)
/// </summary>
public class HostileSheetTests
{
    private static readonly string[] Header =
        ["ref", "nationality", "hiredOn", "employmentStatus", "category", "amount", "currency", "paidTo", "paidOn"];

    public static TheoryData<string, string> Bombs() => new()
    {
        { "a header cell in column ZZZZZZ", "first 50 columns" },
        { "a cell in column XFD of a data row", "first 50 columns" },
        { "one text that unpacks to 200 MB", "MB when unpacked" },
        { "a shared string table that unpacks to 200 MB", "MB when unpacked" },
        { "30,000 rows", "5000 rows" },
        { "a million empty cells in one row", "cells" },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task A_spreadsheet_built_to_exhaust_the_server_is_refused_quickly_with_the_limit_it_met(string what, string expected)
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var workbook = Bomb(what);
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue(Workbook.ContentType);
        var clock = Stopwatch.StartNew();

        var response = await partner.PostAsync("sheets/workers", content);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{what}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{what} took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("me")).StatusCode);
    }

    [Fact]
    public async Task A_csv_wider_or_longer_than_a_request_may_be_is_refused_at_the_row_where_it_goes_over()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var wide = string.Join(",", Header) + "\r\n" + string.Join(",", Enumerable.Repeat("x", 1_000_000)) + "\r\n";
        var longCsv = new StringBuilder(string.Join(",", Header) + "\r\n");
        for (var i = 0; i < 6000; i++)
        {
            longCsv.Append(CultureText($"W-{i},MM,2016-03-01,current,recruitment_fee,1,THB,agent,2015-12-01\r\n"));
        }

        var tooWide = await partner.PostAsync("sheets/workers", new StringContent(wide, Encoding.UTF8, "text/csv"));
        var tooLong = await partner.PostAsync("sheets/workers", new StringContent(longCsv.ToString(), Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, tooWide.StatusCode);
        Assert.Contains("row 2", await tooWide.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("5000 rows", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string CultureText(FormattableString text) => FormattableString.Invariant(text);

    private static byte[] Bomb(string what) => what switch
    {
        "a header cell in column ZZZZZZ" => RawXlsx.Of(w => w.Write(RawXlsx.Row(1, ("A1", "ref"), ("ZZZZZZ1", "x")) + RawXlsx.Row(2, ("A2", "W-1")))),
        "a cell in column XFD of a data row" => RawXlsx.Of(w => w.Write(HeaderRow() + RawXlsx.Row(2, ("A2", "W-1"), ("XFD2", "x")))),
        "one text that unpacks to 200 MB" => RawXlsx.Of(w =>
        {
            w.Write(HeaderRow() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            for (var i = 0; i < 200; i++)
            {
                w.Write(new string('x', 1024 * 1024));
            }

            w.Write("</t></is></c></row>");
        }),
        "a shared string table that unpacks to 200 MB" => RawXlsx.Of(
            w => w.Write(HeaderRow() + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"),
            w =>
            {
                w.Write("<si><t>");
                for (var i = 0; i < 200; i++)
                {
                    w.Write(new string('x', 1024 * 1024));
                }

                w.Write("</t></si>");
            }),
        "30,000 rows" => RawXlsx.Of(w =>
        {
            w.Write(HeaderRow());
            for (var r = 2; r <= 30_000; r++)
            {
                w.Write(RawXlsx.Row(r, ("A" + r, "W-" + r)));
            }
        }),
        _ => RawXlsx.Of(w =>
        {
            w.Write(HeaderRow() + "<row r=\"2\">");
            for (var c = 0; c < 1_000_000; c++)
            {
                w.Write("<c r=\"A2\"/>");
            }

            w.Write("</row>");
        }),
    };

    private static string HeaderRow() => RawXlsx.Row(1, [.. Header.Select((h, i) => ($"{(char)('A' + i)}1", h))]);
}
