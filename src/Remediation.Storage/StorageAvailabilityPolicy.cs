using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Remediation.Domain;

namespace Remediation.Storage;

/// <summary>
/// Turns "storage cannot be reached" or "storage is busy or failing" (a timeout, 429 or 5xx still there after the
/// SDK's retries) into <see cref="StorageUnavailableException"/>, so hosts answer 503 with Retry-After instead of a
/// bare 500, and a command being applied is retried later instead of being counted as failing. Added per call,
/// outside the retry policy.
/// </summary>
internal sealed class StorageAvailabilityPolicy : HttpPipelinePolicy
{
    public static void Apply(ClientOptions options)
    {
        options.AddPolicy(new StorageAvailabilityPolicy(), HttpPipelinePosition.PerCall);
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            throw new StorageUnavailableException("Storage is unavailable.", e);
        }

        ThrowIfBusy(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            throw new StorageUnavailableException("Storage is unavailable.", e);
        }

        ThrowIfBusy(message);
    }

    private static void ThrowIfBusy(HttpMessage message)
    {
        if (message.HasResponse && message.Response.Status is 408 or 429 or 500 or 502 or 503 or 504)
        {
            throw new StorageUnavailableException($"Storage answered {message.Response.Status}.");
        }
    }

    private static bool IsUnreachable(Exception e) =>
        e is RequestFailedException { Status: 0 }
            or HttpRequestException
            or AggregateException { InnerExceptions: [RequestFailedException { Status: 0 } or HttpRequestException, ..] };
}
