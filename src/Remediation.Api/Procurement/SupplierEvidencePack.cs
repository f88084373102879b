using Microsoft.AspNetCore.Http;
using Remediation.Api.Procurement.EvidencePack;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Cases;
using Remediation.Domain.Currencies;
using Remediation.Domain.Paging;
using Remediation.Domain.Reporting;
using Remediation.Domain.Timeline;

namespace Remediation.Api.Procurement;

/// <summary>
/// GET /suppliers/{supplierId}/evidence-pack (caseworkers): the supplier's record as a PDF a contract manager can attach
/// to a performance notice. Each case's timeline is verified and its key facts listed by kind and time only: timeline
/// descriptions can name workers, so none is printed.
/// </summary>
public sealed class SupplierEvidencePack(
    SupplierAccess access, SupplierReadModel model, IReportFacts facts, ITimelineStore timelines,
    Microsoft.Extensions.Options.IOptions<Domain.Deadlines.DeadlinePolicy> policy)
{
    /// <summary>The kinds that make a case's story; notes, evidence and refusals are left out (their text is not printed either).</summary>
    private static readonly HashSet<string> KeyKinds =
    [
        CaseEventKinds.Opened, CaseEventKinds.TriageAccepted, CaseEventKinds.Acknowledged, CaseEventKinds.FindingsSubmitted,
        CaseEventKinds.FindingsAccepted, CaseEventKinds.FindingsReturned, CaseEventKinds.PlanSubmitted, CaseEventKinds.PlanApproved,
        CaseEventKinds.PlanRejected, CaseEventKinds.PaymentsRecorded, CaseEventKinds.ReceiptsRecorded, CaseEventKinds.ReceiptDisputed,
        CaseEventKinds.ReceiptsConfirmedByWorker, CaseEventKinds.RetaliationReported, CaseEventKinds.DeadlineExtended,
        CaseEventKinds.Escalated, CaseEventKinds.StageChanged, CaseEventKinds.Closed,
    ];

    private const int MaxFactsPerCase = 80;
    private const int MaxPagesPerCase = 20;

    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (supplier, problem) = await access.FindAsync(request).ConfigureAwait(false);
        if (supplier is null)
        {
            return problem!;
        }

        var view = await model.ReadAsync(supplier, request.Cancellation).ConfigureAwait(false);
        var cases = new List<EvidenceCase>();
        await foreach (var c in facts.SupplierCasesAsync(supplier.Id, request.Cancellation).ConfigureAwait(false))
        {
            cases.Add(await CaseAsync(c, view.AsOf, request.Cancellation).ConfigureAwait(false));
        }

        var pdf = EvidencePackDocument.Render(new EvidencePackModel(
            view,
            [.. cases.OrderBy(c => c.OpenedAt)],
            view.AsOf,
            request.Caller.Actor.By?.Name,
            $"{request.Http.Scheme}://{request.Http.Host}"));
        request.Http.HttpContext.Response.Headers.CacheControl = "no-store";
        return Results.File(
            pdf, EvidencePackDocument.ContentType, $"evidence-{supplier.Id}-{view.AsOf.UtcDateTime:yyyyMMdd}.pdf");
    }

    private async Task<EvidenceCase> CaseAsync(CaseContribution c, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var verification = await timelines.VerifyAsync(c.CaseId, cancellationToken).ConfigureAwait(false);
        var keyFacts = new List<EvidenceFact>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await timelines.GetAsync(c.CaseId, new PageRequest(PageRequest.MaxSize, token), cancellationToken).ConfigureAwait(false);
            keyFacts.AddRange(page.Items.Where(e => KeyKinds.Contains(e.Kind)).Select(e => new EvidenceFact(e.At, e.Kind, e.Sequence)));
            token = page.ContinuationToken;
        }
        while (token is not null && ++pages < MaxPagesPerCase && keyFacts.Count < MaxFactsPerCase);

        return new EvidenceCase(
            c.CaseId, c.FactoryKey, c.Stage.ToString(), c.Outcome?.ToString(), c.OpenedAt, c.AcceptedAt, c.ClosedAt, c.HighestSupplierLevel,
            c.SupplierEscalations, c.DaysLate(now, policy.Value.DayLength), c.Workers,
            CaseViews.Totals(c.Claimed, c.Confirmed, c.Paid, c.Verified),
            verification.Intact, verification.EntriesChecked, verification.HeadSequence, verification.HeadHash, verification.CheckpointedThrough,
            [.. keyFacts.Take(MaxFactsPerCase)]);
    }
}
