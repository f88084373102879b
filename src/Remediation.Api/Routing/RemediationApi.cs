using Microsoft.AspNetCore.Http;
using Remediation.Api.Admin;
using Remediation.Api.Cases;
using Remediation.Api.Commands;
using Remediation.Api.Csv;
using Remediation.Api.Problems;
using Remediation.Api.Reports;
using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Remediation.Domain.Validation;
using Remediation.Workflows.Commands.Acknowledge;
using Remediation.Workflows.Commands.AddWorkers;
using Remediation.Workflows.Commands.Close;
using Remediation.Workflows.Commands.DeadlineExtension;
using Remediation.Workflows.Commands.Findings;
using Remediation.Workflows.Commands.FindingsDecision;
using Remediation.Workflows.Commands.Note;
using Remediation.Workflows.Commands.Plan;
using Remediation.Workflows.Commands.PlanDecision;
using Remediation.Workflows.Commands.Receipts;
using Remediation.Workflows.Commands.Retaliation;
using Remediation.Workflows.Commands.Triage;
using Remediation.Workflows.Commands.Payments;

namespace Remediation.Api.Routing;

/// <summary>The route table of API v1: the one list both hosts map, the OpenAPI test checks, and the authorization matrix walks.</summary>
public sealed class RemediationApi
{
    private static readonly Role[] CaseRoles = [Role.Partner, Role.Supplier, Role.Caseworker];

    public RemediationApi(
        CreateCase createCase,
        ListCases listCases,
        GetCase getCase,
        GetTimeline getTimeline,
        VerifyTimeline verifyTimeline,
        GetWorkers getWorkers,
        CommandEndpoint command,
        SummaryReport summary,
        CasesCsvReport casesCsv,
        RegisterParty registerParty,
        IssueApiKey issueApiKey,
        RevokeApiKey revokeApiKey,
        Evidence.UploadEvidence uploadEvidence,
        Evidence.DownloadEvidence downloadEvidence)
    {
        ArgumentNullException.ThrowIfNull(command);
        Routes =
        [
            new("CreateCase", "POST", "cases", [Role.Partner], createCase.HandleAsync),
            new("ListCases", "GET", "cases", CaseRoles, listCases.HandleAsync),
            new("GetCase", "GET", "cases/{caseId}", CaseRoles, getCase.HandleAsync),
            new("GetTimeline", "GET", "cases/{caseId}/timeline", CaseRoles, getTimeline.HandleAsync),
            new("VerifyTimeline", "GET", "cases/{caseId}/timeline/verify", CaseRoles, verifyTimeline.HandleAsync),
            new("GetWorkers", "GET", "cases/{caseId}/workers", CaseRoles, getWorkers.HandleAsync),
            new("AddWorkers", "POST", "cases/{caseId}/workers", CaseRoles, r => command.HandleAsync(r, CaseCommand.AddWorkers, batch: true, (csv, errors) => new AddWorkersPayload(WorkersCsv.Read(csv, errors)))),
            new("Triage", "POST", "cases/{caseId}/triage", CaseRoles, r => command.HandleAsync<TriagePayload>(r, CaseCommand.Triage, batch: false)),
            new("Acknowledge", "POST", "cases/{caseId}/acknowledgement", CaseRoles, r => command.HandleAsync<AcknowledgePayload>(r, CaseCommand.Acknowledge, batch: false)),
            new("SubmitFindings", "POST", "cases/{caseId}/findings", CaseRoles, r => command.HandleAsync<FindingsPayload>(r, CaseCommand.SubmitFindings, batch: true)),
            new("DecideFindings", "POST", "cases/{caseId}/findings/decision", CaseRoles, r => command.HandleAsync<FindingsDecisionPayload>(r, CaseCommand.DecideFindings, batch: false)),
            new("SubmitPlan", "POST", "cases/{caseId}/plan", CaseRoles, r => command.HandleAsync<PlanPayload>(r, CaseCommand.SubmitPlan, batch: false)),
            new("DecidePlan", "POST", "cases/{caseId}/plan/decision", CaseRoles, r => command.HandleAsync<PlanDecisionPayload>(r, CaseCommand.DecidePlan, batch: false)),
            new("RecordPayments", "POST", "cases/{caseId}/payments", CaseRoles, r => command.HandleAsync(r, CaseCommand.RecordPayments, batch: true, PaymentsCsv.Read)),
            new("RecordVerifications", "POST", "cases/{caseId}/verifications", CaseRoles, r => command.HandleAsync<ReceiptsPayload>(r, CaseCommand.RecordReceipts, batch: true)),
            new("ReportRetaliation", "POST", "cases/{caseId}/retaliation-reports", CaseRoles, r => command.HandleAsync<RetaliationPayload>(r, CaseCommand.ReportRetaliation, batch: false)),
            new("ExtendDeadline", "POST", "cases/{caseId}/deadline-extensions", CaseRoles, r => command.HandleAsync<DeadlineExtensionPayload>(r, CaseCommand.ExtendDeadline, batch: false)),
            new("CloseCase", "POST", "cases/{caseId}/close", CaseRoles, r => command.HandleAsync<ClosePayload>(r, CaseCommand.Close, batch: false)),
            new("AddNote", "POST", "cases/{caseId}/notes", CaseRoles, r => command.HandleAsync<NotePayload>(r, CaseCommand.AddNote, batch: false)),
            new("UploadEvidence", "POST", "cases/{caseId}/evidence", CaseRoles, uploadEvidence.HandleAsync),
            new("DownloadEvidence", "GET", "cases/{caseId}/evidence/{evidenceId}", CaseRoles, downloadEvidence.HandleAsync),
            new("ReportSummary", "GET", "reports/summary", [Role.Caseworker], summary.HandleAsync),
            new("ReportCasesCsv", "GET", "reports/cases.csv", [Role.Caseworker], casesCsv.HandleAsync),
            new("RegisterParty", "POST", "admin/parties", [Role.Admin], registerParty.HandleAsync),
            new("IssueApiKey", "POST", "admin/api-keys", [Role.Admin], issueApiKey.HandleAsync),
            new("RevokeApiKey", "DELETE", "admin/api-keys/{keyId}", [Role.Admin], revokeApiKey.HandleAsync),
        ];
    }

    public IReadOnlyList<ApiRoute> Routes { get; }

    public ApiRoute this[string name] => Routes.Single(r => r.Name == name);
}
