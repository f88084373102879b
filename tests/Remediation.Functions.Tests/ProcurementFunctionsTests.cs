using Microsoft.AspNetCore.Http;
using Moq;
using Remediation.Domain.Parties;
using Remediation.Functions.Http;

namespace Remediation.Functions.Tests;

public class ProcurementFunctionsTests
{
    [Fact]
    public async Task A_supplier_reads_its_own_page_and_another_suppliers_is_404()
    {
        var rig = new FunctionRig();
        rig.Parties.Setup(p => p.GetAsync(PartyKind.Supplier, "SUP-1", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Party(PartyKind.Supplier, "SUP-1", "Supplier one"));
        rig.Parties.Setup(p => p.GetAsync(PartyKind.Supplier, "SUP-2", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Party(PartyKind.Supplier, "SUP-2", "Supplier two"));
        var functions = rig.Get<ProcurementFunctions>();
        var own = FunctionRig.Request("GET", key: rig.KeyFor(Role.Supplier, "SUP-1"));
        var other = FunctionRig.Request("GET", key: rig.KeyFor(Role.Supplier, "SUP-1"));
        var list = FunctionRig.Request("GET", key: rig.KeyFor(Role.Supplier, "SUP-1"));

        Assert.Equal(200, await FunctionRig.StatusOf(await functions.GetSupplier(own, rig.Client.Object, "SUP-1"), own));
        Assert.Equal(404, await FunctionRig.StatusOf(await functions.GetSupplier(other, rig.Client.Object, "SUP-2"), other));
        Assert.Equal(403, await FunctionRig.StatusOf(await functions.ListSuppliers(list, rig.Client.Object), list));
    }

    [Fact]
    public async Task The_evidence_pack_renders_in_the_functions_host()
    {
        var rig = new FunctionRig();
        rig.Parties.Setup(p => p.GetAsync(PartyKind.Supplier, "SUP-1", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Party(PartyKind.Supplier, "SUP-1", "Supplier one"));
        var functions = rig.Get<ProcurementFunctions>();
        var request = FunctionRig.Request("GET", key: rig.KeyFor(Role.Caseworker, null));

        Assert.Equal(200, await FunctionRig.StatusOf(await functions.SupplierEvidencePack(request, rig.Client.Object, "SUP-1"), request));
        Assert.Equal("application/pdf", request.HttpContext.Response.ContentType);
        request.HttpContext.Response.Body.Position = 0;
        var head = new byte[5];
        await request.HttpContext.Response.Body.ReadExactlyAsync(head);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head));
    }

    [Fact]
    public async Task A_draft_public_report_is_404_without_a_key_with_the_pages_own_headers()
    {
        var rig = new FunctionRig();
        var draft = new Domain.PublicReports.PublicReport(
            "pr-00000000000000000000beef", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), FunctionRig.Now, null, [], [], []);
        rig.PublicReports.Setup(r => r.GetAsync(draft.Id, It.IsAny<CancellationToken>())).ReturnsAsync(draft);
        var functions = rig.Get<PublicReportFunctions>();
        var request = FunctionRig.Request("GET", key: null);

        Assert.Equal(404, await FunctionRig.StatusOf(await functions.PublicReport(request, draft.Id), request));
        Assert.StartsWith("default-src 'none'", request.HttpContext.Response.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);

        var released = FunctionRig.Request("GET", key: null);
        rig.PublicReports.Setup(r => r.GetAsync(draft.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync(draft with { ReleasedAt = FunctionRig.Now });
        Assert.Equal(200, await FunctionRig.StatusOf(await functions.PublicReport(released, draft.Id), released));
    }
}
