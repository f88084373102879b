using Microsoft.AspNetCore.Http;
using Remediation.Api.Cases;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Contracts.Confirmations;
using Remediation.Domain;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Parties;
using Remediation.Workflows.Verification;

namespace Remediation.Api.Confirmations;

/// <summary>
/// GET /cases/{caseId}/verification-sample (caseworkers, the case's partner; the supplier only once the case is
/// closed, 404 before: it must not know whom to pay first): how the sample was drawn, its strata and progress.
/// </summary>
public sealed class GetVerificationSample(CaseAccess access, VerificationSamples samples)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, notFound) = await access.LoadAsync(request).ConfigureAwait(false);
        if (@case is null)
        {
            return notFound!;
        }

        var drawn = request.Caller.Role == Role.Supplier && !@case.IsClosed
            ? null
            : await samples.GetAsync(@case.Id, request.Cancellation).ConfigureAwait(false);
        if (drawn is null)
        {
            return Problem.NotFound(
                $"Case {@case.Id} has no verification sample that your key may see; it is drawn when the case enters Verification.");
        }

        var progress = await samples.ProgressAsync(drawn, request.Cancellation).ConfigureAwait(false);
        return Results.Json(View(drawn, progress, @case.FullVerificationRequired), ApiJson.Options);
    }

    public static VerificationSampleView View(DrawnSample drawn, SampleProgress progress, bool fullVerificationRequired)
    {
        ArgumentNullException.ThrowIfNull(drawn);
        ArgumentNullException.ThrowIfNull(progress);
        var strata = drawn.Sample.Strata;
        return new VerificationSampleView
        {
            Seed = drawn.Sample.Seed,
            Method = VerificationSample.Method,
            Policy = new SamplePolicyView { Share = drawn.Policy.Share, Minimum = drawn.Policy.Minimum, DisputeRate = drawn.Policy.DisputeRate },
            Population = drawn.Population,
            DrawnAt = drawn.DrawnAt,
            Sampled = progress.Sampled,
            Confirmed = progress.Confirmed,
            Disputed = progress.Disputed,
            Pending = progress.Pending,
            DisputesRaised = progress.DisputesRaised,
            FullVerificationRequired = fullVerificationRequired,
            Strata = [.. progress.Strata.Select(s => new SampleStratumView
            {
                Nationality = s.Key.Nationality,
                FeeRecipient = s.Key.FeeRecipient,
                EmploymentStatus = s.Key.Employment.ToWire(),
                Workers = s.Workers,
                Sampled = s.Sampled,
                Confirmed = s.Confirmed,
                Disputed = s.Disputed,
                Pending = s.Pending,
            })],
            Workers = [.. strata.SelectMany((s, i) => s.Sampled.Select(w => new SampledWorkerView
            {
                Ref = w,
                Stratum = i,
                State = progress.StateOf(w),
            }))],
        };
    }
}
