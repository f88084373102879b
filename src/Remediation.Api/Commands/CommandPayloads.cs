using Remediation.Contracts;
using Remediation.Contracts.Cases;
using Remediation.Domain.Intake;

namespace Remediation.Api.Commands;

/// <summary>
/// Contract requests as the workflows' payloads: here what case creation and the commands share; each command's own
/// mapping is the <c>ToPayload</c> of its folder. The payloads are the durable messages of the orchestration (stored
/// in the inbox, replayed after a crash), so they stay independent of the wire contract.
/// </summary>
public static class CommandPayloads
{
    public static IntakeSubmission From(CreateCaseRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new IntakeSubmission(
            r.PartnerReference,
            new FactorySubmission(r.Factory.Name, r.Factory.Country, r.Factory.Site)
            {
                Sector = r.Factory.Sector is { } sector ? WireFormat.Name(sector) : null,
                Workforce = r.Factory.Workforce is { } w ? new WorkforceSubmission(w.Total, w.Migrants, w.AsOf) : null,
            },
            r.SupplierId,
            r.Summary,
            r.Priority is { } p ? WireFormat.Name(p) : null, r.Indicators?.Select(WireFormat.Name).ToList(), Workers(r.Workers));
    }

    /// <summary>Workers in the intake's shape: a new case's and those AddWorkers adds.</summary>
    internal static List<WorkerSubmission> Workers(IReadOnlyList<WorkerRequest> workers) =>
        [.. workers.Select(w => new WorkerSubmission(
            w.Ref, w.Nationality, w.HiredOn, WireFormat.Name(w.EmploymentStatus),
            w.Fees?.Select(f => new FeeSubmission(WireFormat.Name(f.Category), f.Amount, f.Currency, f.PaidTo, f.PaidOn)).ToList()))];
}
