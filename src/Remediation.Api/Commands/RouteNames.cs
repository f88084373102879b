using Remediation.Domain.Cases;

namespace Remediation.Api.Commands;

/// <summary>The operation (route name) of each command, as the API document and the command status call it.</summary>
public static class RouteNames
{
    public static string Of(CaseCommand kind) => kind switch
    {
        CaseCommand.AddWorkers => "AddWorkers",
        CaseCommand.Triage => "Triage",
        CaseCommand.Acknowledge => "Acknowledge",
        CaseCommand.SubmitFindings => "SubmitFindings",
        CaseCommand.DecideFindings => "DecideFindings",
        CaseCommand.SubmitPlan => "SubmitPlan",
        CaseCommand.DecidePlan => "DecidePlan",
        CaseCommand.RecordPayments => "RecordPayments",
        CaseCommand.RecordReceipts => "RecordVerifications",
        CaseCommand.ReportRetaliation => "ReportRetaliation",
        CaseCommand.ExtendDeadline => "ExtendDeadline",
        CaseCommand.Close => "CloseCase",
        CaseCommand.AddNote => "AddNote",
        _ => kind.ToString(),
    };
}
