using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Contracts.Cases;
using Remediation.Contracts.PublicReports;
using Remediation.Domain.Parties;
using Remediation.Domain.PublicReports;

namespace Remediation.Api.PublicReports;

/// <summary>Caseworkers prepare, list, read and release public reports; the public reads them at <see cref="PublicReportPage"/>.</summary>
public sealed class PublicReportRoutes(
    PreparePublicReport prepare, PublicReportContent content, IPublicReportStore reports, IOptions<PublicReportOptions> options, TimeProvider clock)
{
    private static readonly Role[] Caseworkers = [Role.Caseworker];

    public IEnumerable<ApiRoute> Routes(QueryParameter[] pageQuery) =>
    [
        new("PreparePublicReport", "POST", "public-reports", Caseworkers, prepare.HandleAsync)
        {
            Tag = "Reports", Summary = "Prepare a public transparency report (caseworkers)",
            Description = "Cases accepted at triage and open on any day of the period, by outcome; workers reimbursed and amounts repaid " +
                "per currency; median times; and, for the suppliers listed, the same. " + PublicReportViews.Rule +
                " No factory is named while a case about it is open, unless listed in nameFactories. The report is frozen and under " +
                "embargo (GET /public/reports/{id} is 404) until released.",
            Body = new(typeof(PreparePublicReportRequest), [RemediationApi.Json], new PreparePublicReportRequest
            {
                From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 6, 30), Suppliers = ["SUP-CALCOMP"],
            }),
            Responses = [new(201, typeof(PublicReportView), "Prepared as a draft; Location is the draft.")], Problems = [422],
        },
        new("ListPublicReports", "GET", "public-reports", Caseworkers, ListAsync)
        {
            Tag = "Reports", Summary = "Public reports, drafts and released, newest first (caseworkers)", Query = pageQuery,
            Responses = [new(200, typeof(Page<PublicReportView>), "A page of reports.")],
        },
        new("GetPublicReportDraft", "GET", "public-reports/{reportId}", Caseworkers, GetAsync)
        {
            Tag = "Reports", Summary = "Read a public report, draft or released (caseworkers)",
            Responses = [new(200, typeof(PublicReportView), "The report.")],
        },
        new("ReleasePublicReport", "POST", "public-reports/{reportId}/release", Caseworkers, ReleaseAsync)
        {
            Tag = "Reports", Summary = "Release a public report (caseworkers)",
            Description = "Ends the embargo: GET /public/reports/{id} serves it to anyone, without a key, as HTML or JSON. Factory " +
                "names are checked again: one with a case opened since preparation is no longer named. Releasing again changes nothing.",
            Responses = [new(200, typeof(PublicReportView), "Released.")],
        },
    ];

    private Task<IResult> ListAsync(ApiRequest request) =>
        Admin.AdminList.PageAsync(request, reports.ListAsync, r => PublicReportViews.View(r, options.Value.AddressFor(request.Http, r.Id)));

    private async Task<IResult> GetAsync(ApiRequest request)
    {
        var report = await FindAsync(request).ConfigureAwait(false);
        return report is null
            ? Problems.Problem.NotFound("There is no such public report.")
            : Results.Json(PublicReportViews.View(report, options.Value.AddressFor(request.Http, report.Id)), ApiJson.Options);
    }

    private async Task<IResult> ReleaseAsync(ApiRequest request)
    {
        var report = await FindAsync(request).ConfigureAwait(false);
        if (report is null)
        {
            return Problems.Problem.NotFound("There is no such public report.");
        }

        if (!report.IsReleased)
        {
            report = await content.RenameAsync(report, request.Cancellation).ConfigureAwait(false) with
            {
                ReleasedAt = clock.GetUtcNow(), ReleasedBy = request.Caller.Actor.By,
            };
            await reports.ReleaseAsync(report, request.Cancellation).ConfigureAwait(false);
        }

        return Results.Json(PublicReportViews.View(report, options.Value.AddressFor(request.Http, report.Id)), ApiJson.Options);
    }

    private async Task<Domain.PublicReports.PublicReport?> FindAsync(ApiRequest request)
    {
        var id = request.Route("reportId");
        return PublicReportPage.IsId(id) ? await reports.GetAsync(id, request.Cancellation).ConfigureAwait(false) : null;
    }
}
