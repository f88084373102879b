namespace Remediation.Contracts.Cases;

public sealed record PaymentView
{
    public required string PaymentId { get; init; }

    public required MoneyView Amount { get; init; }

    public required DateOnly PaidOn { get; init; }

    public required string Method { get; init; }
}
