namespace Remediation.Api.OpenApi;

/// <summary>Endpoints outside the route table that the API document describes: the health probes (no key needed).</summary>
public sealed record HostEndpoint(string Summary, string Description)
{
    public static readonly HostEndpoint Alive = new("Liveness probe", "200 while the process answers. No API key needed.");

    public static readonly HostEndpoint Ready = new(
        "Readiness probe",
        "200 when storage and the durable engine answer within 5 seconds, otherwise 503 saying which did not. No API key needed.");
}
