using Remediation.Api.Admin;
using Remediation.Api.Cases;
using Remediation.Api.Commands;
using Remediation.Api.Commands.Acknowledge;
using Remediation.Api.Commands.AddNote;
using Remediation.Api.Commands.AddWorkers;
using Remediation.Api.Commands.CloseCase;
using Remediation.Api.Commands.DecideFindings;
using Remediation.Api.Commands.DecidePlan;
using Remediation.Api.Commands.ExtendDeadline;
using Remediation.Api.Commands.RecordPayments;
using Remediation.Api.Commands.RecordVerifications;
using Remediation.Api.Commands.ReportRetaliation;
using Remediation.Api.Commands.SubmitFindings;
using Remediation.Api.Commands.SubmitPlan;
using Remediation.Api.Commands.Triage;
using Remediation.Api.Evidence;
using Remediation.Api.Problems;
using Remediation.Api.Reports;
using Remediation.Api.Sheets;
using Remediation.Api.Subscriptions;
using Remediation.Contracts.Admin;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;
using Remediation.Contracts.Problems;
using Remediation.Domain.Parties;
using Remediation.Domain.Paging;

namespace Remediation.Api.Routing;

/// <summary>
/// The route table of API v1: the one list both hosts map, the API document is generated from, and the
/// authorization matrix walks.
/// </summary>
public sealed class RemediationApi
{
    public const string Json = "application/json";
    public const string Csv = "text/csv";

    /// <summary>The parties of a case; also who may give a command (Commands/CommandRoute), the case's rules then say which.</summary>
    internal static readonly Role[] CaseRoles = [Role.Partner, Role.Supplier, Role.Caseworker];
    private static readonly Role[] Everyone = [Role.Partner, Role.Supplier, Role.Caseworker, Role.Admin];

    /// <summary>Partners and suppliers subscribe for their party, admins for the caseworker team.</summary>
    private static readonly Role[] SubscriberRoles = [Role.Partner, Role.Supplier, Role.Admin];

    private static readonly QueryParameter[] PageQuery =
    [
        new("pageSize", typeof(int), $"Items per page, 1 to {PageRequest.MaxSize} (default {PageRequest.DefaultSize})."),
        new("continuationToken", typeof(string), "The continuationToken of the previous page, unchanged."),
    ];

    public RemediationApi(
        CreateCase createCase,
        ListCases listCases,
        GetCase getCase,
        GetTimeline getTimeline,
        VerifyTimeline verifyTimeline,
        GetWorkers getWorkers,
        CommandEndpoint command,
        GetCommandStatus commandStatus,
        SummaryReport summary,
        CasesCsvReport casesCsv,
        RegisterParty registerParty,
        IssueApiKey issueApiKey,
        RevokeApiKey revokeApiKey,
        AdminRoutes admin,
        Procurement.ProcurementRoutes procurement,
        PublicReports.PublicReportRoutes publicReports,
        UploadEvidence uploadEvidence,
        DownloadEvidence downloadEvidence,
        ListEvidence listEvidence,
        SubscriptionRoutes subscriptions,
        PreviewWorkersSheet previewWorkers,
        PreviewFindingsSheet previewFindings,
        Confirmations.IssueConfirmationCodes issueCodes,
        Confirmations.GetVerificationSample verificationSample,
        Confirmations.TextMessages.ReceiveTextMessage textMessage)
    {
        ArgumentNullException.ThrowIfNull(command);
        Routes =
        [
            new("CreateCase", "POST", "cases", [Role.Partner], createCase.HandleAsync)
            {
                Tag = "Cases", Summary = "Report a grievance (partners)",
                Description = "Opens a case with its workers and fees. " +
                    "The same partnerReference with the same body again returns the same case (200, replayed); " +
                    "with a different body it is 409.",
                Body = new(typeof(CreateCaseRequest), [Json], Examples.Grievance),
                Responses =
                [
                    new(201, typeof(CaseCreated), "Opened; Location is the case."),
                    new(200, typeof(CaseCreated), "Already opened with this reference and body."),
                ],
                Problems = [409],
            },
            new("ListCases", "GET", "cases", CaseRoles, listCases.HandleAsync)
            {
                Tag = "Cases", Summary = "List cases",
                Description = "Caseworkers see every case; partners and suppliers their own " +
                    "(suppliers only once a caseworker has accepted the case at triage).",
                Query =
                [
                    new("stage", typeof(Contracts.Cases.Stage), "Only cases in this stage."),
                    new("supplierId", typeof(string), "Only cases against this supplier."),
                    new("partnerId", typeof(string), "Only cases of this partner."),
                    new("overdue", typeof(bool), "true: only cases whose deadline has passed."),
                    new("minEscalationLevel", typeof(int), "Only cases at this escalation level (0-4) or higher."),
                    .. PageQuery,
                ],
                Responses = [new(200, typeof(Page<Contracts.Cases.CaseListItem>), "A page of cases.")],
            },
            new("GetCase", "GET", "cases/{caseId}", CaseRoles, getCase.HandleAsync)
            {
                Tag = "Cases", Summary = "Read a case",
                Description = "Stage, deadline, escalation, who is waited for, totals per currency and worker counts.",
                Responses = [new(200, typeof(CaseView), "The case.")],
            },
            new("GetTimeline", "GET", "cases/{caseId}/timeline", CaseRoles, getTimeline.HandleAsync)
            {
                Tag = "Cases", Summary = "Read a case's timeline", Description = "Every step, oldest first, each hash-linked to the one before.",
                Query = PageQuery, Responses = [new(200, typeof(Page<TimelineEntry>), "A page of timeline entries.")],
            },
            new("VerifyTimeline", "GET", "cases/{caseId}/timeline/verify", CaseRoles, verifyTimeline.HandleAsync)
            {
                Tag = "Cases", Summary = "Verify a case's timeline", Description = "Walks the hash chain and reports the first broken entry, if any.",
                Responses = [new(200, typeof(TimelineVerification), "The result.")],
            },
            new("GetWorkers", "GET", "cases/{caseId}/workers", CaseRoles, getWorkers.HandleAsync)
            {
                Tag = "Cases", Summary = "Read a case's worker ledger",
                Description = "One line per worker, by pseudonymous reference, in reference order.",
                Query = PageQuery, Responses = [new(200, typeof(Page<LedgerLineView>), "A page of ledger lines.")],
            },
            AddWorkersCommand.Route(command),
            TriageCommand.Route(command),
            AcknowledgeCommand.Route(command),
            SubmitFindingsCommand.Route(command),
            DecideFindingsCommand.Route(command),
            SubmitPlanCommand.Route(command),
            DecidePlanCommand.Route(command),
            RecordPaymentsCommand.Route(command),
            RecordVerificationsCommand.Route(command),
            ReportRetaliationCommand.Route(command),
            ExtendDeadlineCommand.Route(command),
            CloseCaseCommand.Route(command),
            AddNoteCommand.Route(command),
            new("IssueConfirmationCodes", "POST", "cases/{caseId}/confirmation-codes", CaseRoles, issueCodes.HandleAsync)
            {
                Tag = "Confirmations", Summary = "Issue workers' confirmation codes (partners, caseworkers)",
                Description = "A private code per worker, for the worker page (/confirm) or a text message, while the case is in " +
                    "Reimbursement or Verification. Send workers (references) or sample: true (the verification sample). " +
                    "The codes are in this answer only (201; only keyed hashes are stored); with Accept: application/pdf, " +
                    $"printable slips (at most {Confirmations.IssueConfirmationCodes.MaxSlips}): the code, a QR code of the worker page " +
                    "with the code, and three lines in the worker's language. A worker's new code replaces the older one. " +
                    "Codes stop at expiresOn (default 90 days) or when the case closes. Suppliers get 404.",
                Body = new(typeof(Contracts.Confirmations.IssueConfirmationCodesRequest), [Json],
                    new Contracts.Confirmations.IssueConfirmationCodesRequest { Workers = ["MM-00001", "MM-00002"], Language = "my" }),
                Responses =
                [
                    new(201, typeof(Contracts.Confirmations.ConfirmationCodesIssued), "The codes, shown once."),
                    new(200, typeof(Stream), "With Accept: application/pdf: the slips, one per worker.", Confirmations.IssueConfirmationCodes.Pdf),
                ],
                Problems = [409],
            },
            new("GetVerificationSample", "GET", "cases/{caseId}/verification-sample", CaseRoles, verificationSample.HandleAsync)
            {
                Tag = "Confirmations", Summary = "Read the verification sample (caseworkers, partners; suppliers once closed)",
                Description = "Drawn when the case enters Verification: seed, method and policy (enough to draw it again), the strata " +
                    "(nationality, fee recipient, employment status) with sizes and counts (sampled, confirmed, disputed, pending), " +
                    "the sampled workers, and whether every worker must now confirm. 404 before it is drawn, and for the supplier " +
                    "until the case is closed.",
                Responses = [new(200, typeof(Contracts.Confirmations.VerificationSampleView), "The sample and its progress.")],
            },
            new("ReceiveTextMessage", "POST", "sms/inbound", Everyone, textMessage.HandleAsync)
            {
                Tag = "Confirmations", Summary = "Twilio's webhook for workers' text messages", Anonymous = true,
                Description = "A worker texts '<code> 1' (all received), '<code> 2 <amount>' (part) or '<code> 3' (none), with a " +
                    "trailing P to report pressure, to the partner's Twilio number; the answer is recorded as on the worker page " +
                    "and a reply goes back in the worker's language. Only requests with a valid X-Twilio-Signature for the " +
                    "configured Remediation:Sms:WebhookUrl are taken (403 otherwise); 404 when text messages are not configured.",
                Body = new(typeof(Contracts.Confirmations.InboundTextMessage), ["application/x-www-form-urlencoded"]),
                Responses = [new(200, typeof(string), "An empty TwiML response.", "text/xml")],
                Problems = [403, 404],
            },
            new("GetCommandStatus", "GET", "cases/{caseId}/commands/{commandId}", CaseRoles, commandStatus.HandleAsync)
            {
                Tag = "Commands", Summary = "What became of a command",
                Description = "queued, applied or refused (with the refusal as problem details). " +
                    "Visible to whoever gave the command and to caseworkers.",
                Responses = [new(200, typeof(CommandStatus), "The command's status.")],
            },
            new("UploadEvidence", "POST", "cases/{caseId}/evidence", CaseRoles, uploadEvidence.HandleAsync)
            {
                Tag = "Evidence", Summary = "Upload evidence",
                Description = "The file is the body (PDF, PNG, JPEG, XLSX or CSV, at most 25 MB), typed by its content. " +
                    "The same file again is the same evidence (200). " +
                    "With visibility=partner-only (partners and caseworkers) the supplier never sees the file; " +
                    "evidence a retaliation report cites becomes partner-only too.",
                Body = new(
                    typeof(Stream),
                    ["application/pdf", "image/png", "image/jpeg", SheetTable.XlsxContentType, Csv, "application/octet-stream"]),
                Query = [new("visibility", typeof(Contracts.Evidence.EvidenceVisibility), "all-parties (default) or partner-only.")],
                Responses =
                [
                    new(201, typeof(Contracts.Evidence.EvidenceView), "Stored; Location is the download."),
                    new(200, typeof(Contracts.Evidence.EvidenceView), "This file was already stored."),
                ],
            },
            new("ListEvidence", "GET", "cases/{caseId}/evidence", CaseRoles, listEvidence.HandleAsync)
            {
                Tag = "Evidence", Summary = "List a case's evidence",
                Description = "The files (id, type, size, hash, when), in id order; download each with GET .../evidence/{evidenceId}.",
                Query = PageQuery, Responses = [new(200, typeof(Page<Contracts.Evidence.EvidenceView>), "A page of evidence.")],
            },
            new("DownloadEvidence", "GET", "cases/{caseId}/evidence/{evidenceId}", CaseRoles, downloadEvidence.HandleAsync)
            {
                Tag = "Evidence", Summary = "Download evidence",
                Description = "The file as uploaded; X-Content-SHA256 is its hash. " +
                    "The stored file is hashed again first: one that no longer matches is not served (409).",
                Responses = [new(200, typeof(Stream), "The file.", "application/octet-stream")], Problems = [409],
            },
            new("ReportSummary", "GET", "reports/summary", [Role.Caseworker], summary.HandleAsync)
            {
                Tag = "Reports", Summary = "Summary of every case (caseworkers)",
                Responses = [new(200, typeof(Contracts.Reports.SummaryReport), "The summary.")],
            },
            new("ReportCasesCsv", "GET", "reports/cases.csv", [Role.Caseworker], casesCsv.HandleAsync)
            {
                Tag = "Reports", Summary = "Every case as CSV (caseworkers)",
                Description = "Redacted: no worker references, no free text; safe to open in a spreadsheet.",
                Responses = [new(200, typeof(string), "One row per case.", Csv)],
            },
            new("RegisterParty", "POST", "admin/parties", [Role.Admin], registerParty.HandleAsync)
            {
                Tag = "Admin", Summary = "Register a partner or supplier (admins)",
                Body = new(
                    typeof(RegisterPartyRequest),
                    [Json],
                    new RegisterPartyRequest
                    {
                        Kind = Contracts.Admin.PartyKind.Supplier,
                        Id = "SUP-CALCOMP",
                        Name = "Cal-Comp Electronics (Thailand)",
                    }),
                Responses = [new(201, typeof(PartyView), "Registered.")], Problems = [409],
            },
            new("IssueApiKey", "POST", "admin/api-keys", [Role.Admin], issueApiKey.HandleAsync)
            {
                Tag = "Admin", Summary = "Issue an API key (admins)", Description = "The secret is in this response only.",
                Body = new(typeof(IssueApiKeyRequest), [Json], new IssueApiKeyRequest { Role = ApiRole.Supplier, PartyId = "SUP-CALCOMP" }),
                Responses = [new(201, typeof(ApiKeyIssued), "Issued.")],
            },
            new("RevokeApiKey", "DELETE", "admin/api-keys/{keyId}", [Role.Admin], revokeApiKey.HandleAsync)
            {
                Tag = "Admin", Summary = "Revoke an API key (admins)", Responses = [new(204, null, "Revoked: the key stops working at once.")],
            },
            .. admin.Routes(PageQuery),
            .. procurement.Routes(PageQuery),
            .. publicReports.Routes(PageQuery),
            .. subscriptions.Routes(SubscriberRoles, PageQuery),
            new("PreviewWorkersSheet", "POST", "sheets/workers", [Role.Partner, Role.Supplier], previewWorkers.HandleAsync)
            {
                Tag = "Cases", Summary = "Read a workers spreadsheet without sending it",
                Description = "The file (CSV or .xlsx, first sheet, columns " + string.Join(",", WorkersSheet.Header) + ") " +
                    "read and checked as intake and AddWorkers would: the workers it holds, or every problem by row and column. " +
                    "Nothing is stored.",
                Body = new(typeof(Stream), [Csv, SheetTable.XlsxContentType]),
                Responses = [new(200, typeof(Contracts.Sheets.WorkersSheetPreview), "What the file holds.")],
            },
            new("PreviewFindingsSheet", "POST", "sheets/findings", [Role.Supplier], previewFindings.HandleAsync)
            {
                Tag = "Commands", Summary = "Read a findings spreadsheet without sending it (suppliers)",
                Description = "The file (CSV or .xlsx, first sheet, columns " + string.Join(",", FindingsSheet.Header) +
                    "; one row per confirmed fee, a row with only ref: nothing owed) " +
                    "read into the workers of a findings request, or every problem by row and column. " +
                    "Nothing is stored; send the findings with POST /cases/{caseId}/findings.",
                Body = new(typeof(Stream), [Csv, SheetTable.XlsxContentType]),
                Responses = [new(200, typeof(Contracts.Sheets.FindingsSheetPreview), "What the file holds.")],
            },
            new("GetCaller", "GET", "me", Everyone, Session.GetCaller.HandleAsync)
            {
                Tag = "Admin", Summary = "Who is calling",
                Description = "The caller's role and party, and who they are (an API key, a person or a machine client, with a name): " +
                    "what a console needs to show only what the caller may see and do.",
                Responses = [new(200, typeof(Contracts.Session.CallerView), "The caller.")],
            },
            new("GetProblemType", "GET", "problems/{problemType}", Everyone, ProblemTypeEndpoint.HandleAsync)
            {
                Tag = "Problems", Summary = "Describe a problem type", Anonymous = true,
                Description = "Every problem's type is /api/v1/problems/{problemType}; this says what it means and what to do. The types (status): "
                    + string.Join(", ", ProblemTypes.All.Select(t => $"{t.Name} ({t.Status})"))
                    + ". A wrong method on a known path is method-not-allowed, with an Allow header.",
                Responses = [new(200, typeof(ProblemType), "The problem type.")],
            },
        ];
    }

    public IReadOnlyList<ApiRoute> Routes { get; }

    public ApiRoute this[string name] => Routes.Single(r => r.Name == name);
}
