namespace Remediation.Contracts.Cases;

/// <summary>
/// What a worker said about the money paid to them: received (confirmed) or not (disputed), and in total how much in one
/// currency. The method is "worker" when the worker answered with their own confirmation code; otherwise it says how the
/// partner confirmed it (interview, phone, ...).
/// </summary>
public sealed record ReceiptView
{
    /// <summary>The method of a worker's own answer, given with their confirmation code; no one else may record it.</summary>
    public const string ByWorker = "worker";

    public required string ReceiptId { get; init; }

    public required bool Received { get; init; }

    public required MoneyView Amount { get; init; }

    public string? Method { get; init; }

    public required DateOnly ConfirmedOn { get; init; }
}
