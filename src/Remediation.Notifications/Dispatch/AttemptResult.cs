namespace Remediation.Notifications.Dispatch;

/// <summary>What one attempt came to: delivered, or not (with the status code or the error), and whether the endpoint is gone for good.</summary>
public sealed record AttemptResult(bool Delivered, int? StatusCode, string? Error, bool Gone = false)
{
    public static AttemptResult Failed(string error) => new(false, null, error);
}
