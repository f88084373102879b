using Azure;

namespace Remediation.Storage;

/// <summary>The HTTP statuses of Table Storage that mean "someone else got there first".</summary>
internal static class StorageStatus
{
    public const int Conflict = 409;
    public const int PreconditionFailed = 412;
    public const int NotFound = 404;

    public static bool IsConflict(this RequestFailedException exception) => exception.Status is Conflict or PreconditionFailed;
}
