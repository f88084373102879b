using System.Globalization;
using Remediation.Domain.Cases;

namespace Remediation.Storage.Cases;

/// <summary>The index partitions a case belongs to: one per list query the product answers.</summary>
internal static class IndexKeys
{
    public const string Stage = "stage|";
    public const string Supplier = "supplier|";
    public const string Partner = "partner|";
    public const string Deadline = "deadline|";

    /// <summary>The partition that records which index partitions a case is in, so stale entries can be removed.</summary>
    public static string Membership(string caseId) => "case|" + caseId;

    public static string DeadlineDay(DateTimeOffset deadline) =>
        Deadline + deadline.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> For(Case @case)
    {
        var keys = new List<string> { Stage + @case.Stage, Partner + @case.PartnerId };
        // A supplier's list shows a case only once a caseworker has accepted it at triage (need-to-know).
        if (@case.IsDisclosedToSupplier)
        {
            keys.Add(Supplier + @case.SupplierId);
        }

        if (!@case.IsClosed && @case.Deadline is { } deadline)
        {
            keys.Add(DeadlineDay(deadline));
        }

        return keys;
    }

    /// <summary>The first key after every key that starts with <paramref name="prefix"/> ('|' + 1 is '}').</summary>
    public static string After(string prefix) => prefix[..^1] + "}";
}
