namespace Remediation.Contracts.Cases;

public sealed record InstalmentView
{
    public required int Number { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    /// <summary>What the instalment requires, one amount per currency.</summary>
    public required IReadOnlyList<MoneyView> Amounts { get; init; }

    /// <summary>What has been paid against it: payments fill the instalments in order, each up to what it requires.</summary>
    public required IReadOnlyList<MoneyView> Paid { get; init; }

    /// <summary>True when what has been paid covers this instalment and every one before it.</summary>
    public required bool Met { get; init; }
}
