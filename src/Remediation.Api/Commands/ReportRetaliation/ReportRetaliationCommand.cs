using Remediation.Api.Routing;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.Retaliation;

namespace Remediation.Api.Commands.ReportRetaliation;

/// <summary>
/// ReportRetaliation: the partner reports retaliation against workers who spoke to monitors; the case becomes priority
/// and what the report says stays hidden from the supplier.
/// </summary>
public static class ReportRetaliationCommand
{
    public static readonly RetaliationReportRequest Example = new()
    {
        Description = "A supervisor threatened interviewed workers with dismissal.",
    };

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "ReportRetaliation", "cases/{caseId}/retaliation-reports", "Report retaliation (partners)",
        typeof(RetaliationReportRequest), Example, sheet: false,
        "The case becomes priority and caseworkers are told at once. " +
            "The description is for the partner and caseworkers only; the supplier sees that a report was made, not what it said.",
        r => command.HandleAsync<RetaliationReportRequest, RetaliationPayload>(r, CaseCommand.ReportRetaliation, batch: false, ToPayload));

    public static RetaliationPayload ToPayload(RetaliationReportRequest r) => new(r?.Description, r?.EvidenceIds);
}
