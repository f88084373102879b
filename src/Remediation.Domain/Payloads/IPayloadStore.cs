namespace Remediation.Domain.Payloads;

/// <summary>
/// Large command payloads (thousands of payments or workers) are stored here first and travel through the durable
/// engine as a reference, since no orchestration message may exceed 16 KB.
/// </summary>
public interface IPayloadStore
{
    /// <summary>Stores the payload under the case and command; storing the same command again overwrites it with the same content.</summary>
    Task<string> PutAsync(string caseId, string commandId, string json, CancellationToken cancellationToken = default);

    Task<string> GetAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Deletes a payload once its command is applied and out of the inbox; deleting a missing one is no error.</summary>
    Task DeleteAsync(string reference, CancellationToken cancellationToken = default);
}
