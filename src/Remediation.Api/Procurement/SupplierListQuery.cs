using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Remediation.Contracts.Procurement;
using Remediation.Domain.Reporting;
using Remediation.Domain.Validation;

namespace Remediation.Api.Procurement;

/// <summary>
/// GET /suppliers' query: <c>sort=indicator</c> (or <c>-indicator</c> for descending, or <c>name</c>) and up to
/// <see cref="MaxFilters"/> <c>filter=indicator:op:value</c>; numbers take eq, ne, gt, ge, lt, le, text takes has and eq.
/// </summary>
public sealed record SupplierListQuery(string Sort, bool Descending, IReadOnlyList<SupplierFilter> Filters)
{
    public const int MaxFilters = 10;
    private const int MaxValueLength = 100;
    private static readonly string[] NumberOperators = ["eq", "ne", "gt", "ge", "lt", "le"];
    private static readonly string[] TextOperators = ["has", "eq"];

    /// <summary>What a continuation token is bound to: the same sort and filters.</summary>
    public string Scope => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{Sort}|{Descending}|{string.Join('|', Filters.Select(f => $"{f.Indicator.Name}:{f.Operator}:{f.Text}"))}")))[..12];

    public static SupplierListQuery Read(HttpRequest request, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        var sort = request.Query["sort"].ToString();
        var descending = sort.StartsWith('-');
        var sortName = descending ? sort[1..] : sort;
        if (sortName.Length == 0)
        {
            sortName = "name";
        }
        else if (sortName != "name" && IndicatorCatalog.Find(sortName) is null)
        {
            errors.Add("$.sort", $"sort is name or an indicator, with - before it for descending: {Names()}.");
        }

        var filters = new List<SupplierFilter>();
        var given = request.Query["filter"];
        if (given.Count > MaxFilters)
        {
            errors.Add("$.filter", $"At most {MaxFilters} filters.");
            return new SupplierListQuery(sortName, descending, filters);
        }

        for (var i = 0; i < given.Count; i++)
        {
            if (Filter(given[i] ?? string.Empty, $"$.filter[{i}]", errors) is { } filter)
            {
                filters.Add(filter);
            }
        }

        return new SupplierListQuery(sortName, descending, filters);
    }

    public IEnumerable<SupplierListItem> Apply(IEnumerable<SupplierListItem> items)
    {
        var matching = items.Where(item => Filters.All(f => f.Matches(item)));
        if (Sort == "name")
        {
            return Descending
                ? matching.OrderByDescending(i => i.Name, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Id, StringComparer.Ordinal)
                : matching.OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Id, StringComparer.Ordinal);
        }

        var indicator = IndicatorCatalog.Find(Sort)!;
        // Suppliers without a value (nothing reported, nobody owed) come last either way.
        var withValue = matching.Where(i => Value(i, indicator.Name) is not null);
        var without = matching.Where(i => Value(i, indicator.Name) is null).OrderBy(i => i.Id, StringComparer.Ordinal);
        var ordered = indicator.Kind == IndicatorKind.Number
            ? (Descending ? withValue.OrderByDescending(i => Value(i, Sort)!.Number) : withValue.OrderBy(i => Value(i, Sort)!.Number))
            : (Descending
                ? withValue.OrderByDescending(i => Value(i, Sort)!.Value, StringComparer.OrdinalIgnoreCase)
                : withValue.OrderBy(i => Value(i, Sort)!.Value, StringComparer.OrdinalIgnoreCase));
        return ordered.ThenBy(i => i.Id, StringComparer.Ordinal).Concat(without);
    }

    internal static IndicatorValue? Value(SupplierListItem item, string name)
    {
        var value = item.Indicators.FirstOrDefault(v => v.Name == name);
        var indicator = IndicatorCatalog.Find(name);
        return value is null || (indicator?.Kind == IndicatorKind.Number && value.Number is null) ? null : value;
    }

    private static SupplierFilter? Filter(string text, string path, ErrorList errors)
    {
        var parts = text.Split(':', 3);
        if (parts.Length != 3 || IndicatorCatalog.Find(parts[0]) is not { } indicator)
        {
            errors.Add(path, $"A filter is indicator:operator:value, the indicator one of: {Names()}.");
            return null;
        }

        var number = indicator.Kind == IndicatorKind.Number;
        var operators = number ? NumberOperators : TextOperators;
        if (!operators.Contains(parts[1], StringComparer.Ordinal))
        {
            errors.Add(path, $"{indicator.Name} is {(number ? "a number" : "text")}: the operator is one of {string.Join(", ", operators)}.");
            return null;
        }

        decimal? value = null;
        if (number)
        {
            if (!decimal.TryParse(parts[2], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
                || parts[2].Length > 30)
            {
                errors.Add(path, $"{indicator.Name} is a number: the value is a decimal number such as 2 or 12.5.");
                return null;
            }

            value = n;
        }
        else if (parts[2].Length is 0 or > MaxValueLength)
        {
            errors.Add(path, $"The value is 1 to {MaxValueLength} characters.");
            return null;
        }

        return new SupplierFilter(indicator, parts[1], parts[2], value);
    }

    private static string Names() => string.Join(", ", IndicatorCatalog.All.Select(i => i.Name));
}

public sealed record SupplierFilter(Indicator Indicator, string Operator, string Text, decimal? Number)
{
    public bool Matches(SupplierListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var value = SupplierListQuery.Value(item, Indicator.Name);
        if (value is null)
        {
            return Operator == "ne";
        }

        if (Number is { } n)
        {
            var v = value.Number!.Value;
            return Operator switch
            {
                "eq" => v == n,
                "ne" => v != n,
                "gt" => v > n,
                "ge" => v >= n,
                "lt" => v < n,
                _ => v <= n,
            };
        }

        return Operator == "eq"
            ? string.Equals(value.Value, Text, StringComparison.OrdinalIgnoreCase)
            : value.Value.Contains(Text, StringComparison.OrdinalIgnoreCase);
    }
}
