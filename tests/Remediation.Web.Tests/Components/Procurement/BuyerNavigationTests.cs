using Bunit;
using Microsoft.AspNetCore.Components;
using Remediation.Web.Layout;
using Remediation.Web.Tests.Builders;

namespace Remediation.Web.Tests.Components.Procurement;

public class BuyerNavigationTests
{
    [Fact]
    public async Task Caseworkers_find_suppliers_and_public_reports_and_a_supplier_its_own_record()
    {
        var (caseworker, _) = await ConsoleContext.SignedInAsync("caseworker");
        using var _caseworker = caseworker;
        var header = caseworker.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
        Assert.Equal(
            ["Dashboard", "Cases", "Suppliers", "Public reports"], header.FindAll("header nav a").Select(a => a.TextContent));

        var (supplier, _) = await ConsoleContext.SignedInAsync("supplier", "SUP-CALCOMP");
        using var _supplier = supplier;
        var supplierHeader = supplier.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
        var own = supplierHeader.FindAll("header nav a").Single(a => a.TextContent == "My record");
        Assert.Equal("suppliers/SUP-CALCOMP", own.GetAttribute("href"));
        Assert.DoesNotContain(supplierHeader.FindAll("header nav a"), a => a.TextContent is "Suppliers" or "Public reports");
    }
}
