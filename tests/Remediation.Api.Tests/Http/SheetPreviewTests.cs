using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remediation.Api.Tests.Builders;

namespace Remediation.Api.Tests.Http;

public class SheetPreviewTests
{
    [Fact]
    public async Task A_workers_sheet_is_read_as_intake_would_and_nothing_is_stored()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var csv = "ref,nationality,hiredOn,employmentStatus,category,amount,currency,paidTo,paidOn\r\n"
            + "W-1,MM,2016-03-01,current,recruitment_fee,20000.50,THB,agent,2015-12-01\r\n"
            + "W-1,MM,2016-03-01,current,medical,1500,THB,clinic,2015-12-10\r\n"
            + "W-2,KH,2017-01-15,former,recruitment_fee,18000,THB,agent,2016-11-01\r\n";

        var response = await partner.PostAsync("sheets/workers", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, preview.GetProperty("rows").GetInt32());
        var workers = preview.GetProperty("workers").EnumerateArray().ToList();
        Assert.Equal(["W-1", "W-2"], workers.Select(w => w.GetProperty("ref").GetString()));
        Assert.Equal([20000.50m, 1500m], workers[0].GetProperty("fees").EnumerateArray().Select(f => f.GetProperty("amount").GetDecimal()));
        Assert.Equal("former", workers[1].GetProperty("employmentStatus").GetString());
        Assert.Empty((await partner.GetFromJsonAsync<JsonElement>("cases")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Every_problem_of_a_workers_sheet_is_named_by_row_and_column()
    {
        await using var server = await ApiServer.StartAsync();
        using var partner = server.Client(server.Keys.Partner);
        var csv = "ref,nationality,hiredOn,employmentStatus,category,amount,currency,paidTo,paidOn\r\n"
            + "W-1,MM,2016-03-01,current,recruitment_fee,20000.50,THB,agent,2015-12-01\r\n"
            + "W-2,MM,2016-03-01,current,recruitment_fee,5,XXX,agent,2015-12-01\r\n";

        var response = await partner.PostAsync("sheets/workers", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 3 && e.GetProperty("column").GetString() == "currency");
        Assert.All(errors, e => Assert.Equal(3, e.GetProperty("row").GetInt32()));
    }
}

public class FindingsSheetPreviewTests
{
    [Fact]
    public async Task A_findings_sheet_becomes_the_workers_of_a_findings_request_with_every_bad_cell_named()
    {
        await using var server = await ApiServer.StartAsync();
        using var supplier = server.Client(server.Keys.Supplier);
        var good = "ref,category,amount,currency\r\nW-1,recruitment_fee,20000.50,THB\r\nW-1,medical,1500,THB\r\nW-2,,,\r\n";
        var bad = "ref,category,amount,currency\r\nW-1,bribe,20000.50,THB\r\n,recruitment_fee,5,thb\r\n";

        var read = await (await supplier.PostAsync("sheets/findings", new StringContent(good, Encoding.UTF8, "text/csv"))).Content.ReadFromJsonAsync<JsonElement>();
        var refused = await supplier.PostAsync("sheets/findings", new StringContent(bad, Encoding.UTF8, "text/csv"));

        var workers = read.GetProperty("workers").EnumerateArray().ToList();
        Assert.Equal(["W-1", "W-2"], workers.Select(w => w.GetProperty("ref").GetString()));
        Assert.Equal([20000.50m, 1500m], workers[0].GetProperty("confirmed").EnumerateArray().Select(c => c.GetProperty("amount").GetDecimal()));
        Assert.Empty(workers[1].GetProperty("confirmed").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var cells = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("row").GetInt32()}:{e.GetProperty("column").GetString()}").ToList();
        Assert.Equal(["2:category", "3:ref"], cells.Order(StringComparer.Ordinal));
    }
}
