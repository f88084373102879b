namespace Remediation.Contracts.Confirmations;

/// <summary>The codes of a batch: shown in this response only (only their keyed hashes are stored). Hand each to its worker.</summary>
public sealed record ConfirmationCodesIssued
{
    public required string BatchId { get; init; }

    public required DateOnly ExpiresOn { get; init; }

    public required IReadOnlyList<IssuedConfirmationCode> Codes { get; init; }
}

/// <summary>One worker's code, grouped for reading aloud (ABCD-EFGH-JKMN).</summary>
public sealed record IssuedConfirmationCode
{
    public required string Ref { get; init; }

    public required string Code { get; init; }
}
