namespace Remediation.Domain.Reporting;

/// <summary>One risk indicator: what it is called, where its data comes from and the rule that computes it.</summary>
public sealed record Indicator(
    string Name, string Label, IndicatorKind Kind, IndicatorScope AppliesTo, string Source, string Rule,
    Func<SupplierFigures, IndicatorReading> Read);

public enum IndicatorKind
{
    Number,
    Text,
}

public enum IndicatorScope
{
    Supplier,
    Both,
}

/// <summary>An indicator's value: the text shown, and the number it sorts and filters by when it is one.</summary>
public sealed record IndicatorReading(string Text, decimal? Number)
{
    public static IndicatorReading Of(decimal number) =>
        new(number.ToString(System.Globalization.CultureInfo.InvariantCulture), number);

    public static IndicatorReading Of(decimal? number, string absent) => number is { } n ? Of(n) : new(absent, null);

    public static IndicatorReading Of(IReadOnlyCollection<string> items, string absent) =>
        new(items.Count == 0 ? absent : string.Join(", ", items), null);
}

/// <summary>What the indicators of one supplier (or one factory) are read from.</summary>
public sealed record SupplierFigures(SupplierRecord Record, Procurement.Leverage Leverage);
