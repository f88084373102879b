namespace Remediation.Domain.Paging;

/// <summary>A continuation token that did not come from this system (or was altered on the way).</summary>
public sealed class InvalidContinuationTokenException : Exception
{
    public InvalidContinuationTokenException()
        : base("The continuation token is not valid; use the token from the previous page unchanged.")
    {
    }

    public InvalidContinuationTokenException(string message)
        : base(message)
    {
    }

    public InvalidContinuationTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
