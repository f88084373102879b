using System.Text.Json;
using Remediation.Domain;

namespace Remediation.Workflows.Handling;

/// <summary>
/// Why applying a command failed, as far as it matters: storage out of reach or busy passes (the command is tried
/// again later and never counted); a command that cannot be read or cannot be stored never will be (it is set aside
/// at once); anything else is counted, and set aside after <see cref="MaxFailures"/> failures, so that one command
/// can never stop its case.
/// </summary>
public static class CommandFailure
{
    public const int MaxFailures = 3;

    public static bool IsTransient(Exception failure) => failure is StorageUnavailableException or OperationCanceledException or TimeoutException;

    public static bool IsPermanent(Exception failure) =>
        failure is StorageLimitExceededException or InvalidDataException or JsonException or KeyNotFoundException;

    /// <summary>What a person is told: never the exception's own message, which could hold request data.</summary>
    public static string Explain(Exception failure) => failure switch
    {
        StorageLimitExceededException => "it would exceed what storage can hold for this case",
        InvalidDataException or JsonException => "it could not be read",
        KeyNotFoundException => "its content was no longer stored (it may have been sent twice at once)",
        _ => $"applying it failed {MaxFailures} times",
    };
}
