namespace Remediation.Contracts.Confirmations;

/// <summary>
/// A case's verification sample: how it was drawn (seed, method, policy: enough to draw it again and check), its strata
/// with their sizes and progress, the sampled workers, and whether every worker must now confirm.
/// </summary>
public sealed record VerificationSampleView
{
    public required string Seed { get; init; }

    public required string Method { get; init; }

    public required SamplePolicyView Policy { get; init; }

    /// <summary>The workers owed when the sample was drawn (those it was drawn from).</summary>
    public required int Population { get; init; }

    public required DateTimeOffset DrawnAt { get; init; }

    public required int Sampled { get; init; }

    public required int Confirmed { get; init; }

    public required int Disputed { get; init; }

    public required int Pending { get; init; }

    /// <summary>Sampled workers who ever disputed a receipt: the count compared with the policy's dispute rate.</summary>
    public required int DisputesRaised { get; init; }

    /// <summary>The sample's disputes passed the policy's rate: every worker must confirm before closing as remediated.</summary>
    public required bool FullVerificationRequired { get; init; }

    public required IReadOnlyList<SampleStratumView> Strata { get; init; }

    public required IReadOnlyList<SampledWorkerView> Workers { get; init; }
}

public sealed record SamplePolicyView
{
    public required decimal Share { get; init; }

    public required int Minimum { get; init; }

    public required decimal DisputeRate { get; init; }
}

/// <summary>One stratum: nationality, fee recipient and employment status; its workers; and its sampled workers' answers.</summary>
public sealed record SampleStratumView
{
    public required string Nationality { get; init; }

    public required string FeeRecipient { get; init; }

    public required string EmploymentStatus { get; init; }

    public required int Workers { get; init; }

    public required int Sampled { get; init; }

    public required int Confirmed { get; init; }

    public required int Disputed { get; init; }

    public required int Pending { get; init; }
}

/// <summary>A sampled worker: reference, stratum (index into strata) and state (pending, confirmed or disputed).</summary>
public sealed record SampledWorkerView
{
    public required string Ref { get; init; }

    public required int Stratum { get; init; }

    public required string State { get; init; }
}
