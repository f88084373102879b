namespace Remediation.Contracts.Cases;

public sealed record FeeView
{
    public required FeeCategory Category { get; init; }

    public required MoneyView Amount { get; init; }

    public string? PaidTo { get; init; }

    public DateOnly? PaidOn { get; init; }
}
