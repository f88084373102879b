using Remediation.Domain.Intake;

namespace Remediation.Workflows.Commands.AddWorkers;

/// <summary>More workers for a case (a batch of up to 5,000), in the intake's shape.</summary>
public sealed record AddWorkersPayload(IReadOnlyList<WorkerSubmission>? Workers);
