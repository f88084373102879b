namespace Remediation.Domain;

/// <summary>
/// What was about to be written exceeds a limit of the storage service (Azure Table Storage's 64 KiB property, 1 MiB
/// entity, 4 MiB or 100-operation transaction). Nothing was sent. Retrying cannot help: the domain's limits are meant
/// to keep every command below these, so meeting one is a command that must be refused, not retried.
/// </summary>
public sealed class StorageLimitExceededException : Exception
{
    public StorageLimitExceededException()
        : base("A write exceeds the storage service's limits.")
    {
    }

    public StorageLimitExceededException(string message)
        : base(message)
    {
    }

    public StorageLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
