using Remediation.Api.Routing;
using Remediation.Api.Sheets;
using Remediation.Contracts.Cases;
using Remediation.Domain.Cases;
using Remediation.Workflows.Commands.AddWorkers;

namespace Remediation.Api.Commands.AddWorkers;

/// <summary>
/// AddWorkers: partners and suppliers add workers to a case, as JSON or as the workers spreadsheet
/// (<see cref="WorkersSheet"/>, the one intake and its preview read too).
/// </summary>
public static class AddWorkersCommand
{
    public static readonly AddWorkersRequest Example = new() { Workers = [Examples.Worker with { Ref = "MM-00002" }] };

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "AddWorkers", "cases/{caseId}/workers", "Add workers (partners, suppliers)",
        typeof(AddWorkersRequest), Example, sheet: true,
        "JSON, or a spreadsheet (CSV or .xlsx, first sheet) with the columns " + string.Join(",", WorkersSheet.Header) + ", one row per fee.",
        r => command.HandleAsync<AddWorkersRequest, AddWorkersPayload>(
            r, CaseCommand.AddWorkers, batch: true, ToPayload,
            (t, e) =>
            {
                var (w, rows) = WorkersSheet.Read(t, e);
                return (new AddWorkersPayload(w), rows);
            }));

    public static AddWorkersPayload ToPayload(AddWorkersRequest r) => new(CommandPayloads.Workers(r?.Workers ?? []));
}
