using System.Net;
using Remediation.Contracts.Problems;

namespace Remediation.Client;

/// <summary>The API answered with a problem: its status, detail and every field error, as RFC 9457 problem details.</summary>
public sealed class RemediationApiException : Exception
{
    public RemediationApiException()
        : this(Unexpected("Error"))
    {
    }

    public RemediationApiException(string message)
        : this(Unexpected(message))
    {
    }

    public RemediationApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = Unexpected(message);
    }

    public RemediationApiException(ProblemDetails problem)
        : base($"{problem?.Status} {problem?.Title}: {problem?.Detail}")
    {
        Problem = problem ?? throw new ArgumentNullException(nameof(problem));
    }

    public ProblemDetails Problem { get; }

    public HttpStatusCode Status => (HttpStatusCode)Problem.Status;

    public string? Detail => Problem.Detail;

    /// <summary>Every bad field, by JSON path or spreadsheet row and column.</summary>
    public IReadOnlyList<FieldError> Errors => Problem.Errors ?? [];

    /// <summary>A failure the API did not describe (an answer without a body, say).</summary>
    private static ProblemDetails Unexpected(string message) =>
        new() { Type = ProblemTypes.ForStatus(500).Uri, Title = message, Status = 500, Detail = message };
}
