namespace Remediation.Domain;

/// <summary>Storage could not be reached (after retries). Nothing of the request was committed beyond what is idempotent to redo.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
        : base("Storage is unavailable.")
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
