using Remediation.Api.Routing;
using Remediation.Contracts;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;
using Remediation.Workflows.Commands.Triage;

namespace Remediation.Api.Commands.Triage;

/// <summary>Triage: a caseworker accepts a grievance (naming the supplier, its contracts and the priority) or rejects it.</summary>
public static class TriageCommand
{
    public static readonly TriageRequest Example = new()
    {
        Accept = true,
        SupplierId = "SUP-CALCOMP",
        Contracts = ["CCS-RM6068-001"],
        Priority = Priority.Priority,
    };

    public static ApiRoute Route(CommandEndpoint command) => CommandRoute.For(
        "Triage", "cases/{caseId}/triage", "Accept or reject a grievance (caseworkers)",
        typeof(TriageRequest), Example, sheet: false, null,
        // Domain.Cases also has a Priority (the case's), so only the command kind is taken from there.
        r => command.HandleAsync<TriageRequest, TriagePayload>(r, Domain.Cases.CaseCommand.Triage, batch: false, ToPayload));

    public static TriagePayload ToPayload(TriageRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Accept, r.SupplierId, r.Contracts, r.Priority is { } p ? WireFormat.Name(p) : null, r.Reason);
    }
}
