namespace Remediation.Api.Tests.Builders;

/// <summary>Request bodies as a partner's or supplier's client would send them.</summary>
internal static class Bodies
{
    public static object Grievance(string reference, string? supplierId = "SUP-1", int workers = 3) => new
    {
        partnerReference = reference,
        factory = new { name = "Cal-Comp Electronics", country = "TH", site = "Phetchaburi" },
        supplierId,
        summary = "Myanmar workers paid recruitment fees of about 20,000 THB to agents.",
        priority = "standard",
        indicators = new[] { "debt_bondage" },
        workers = Enumerable.Range(1, workers).Select(i => new
        {
            @ref = $"W-{i}",
            nationality = "MM",
            hiredOn = "2016-03-01",
            employmentStatus = "current",
            fees = new[] { new { category = "recruitment_fee", amount = 20000.5m, currency = "THB", paidTo = "agent", paidOn = "2015-12-01" } },
        }),
    };

    public static object Findings(int workers) => new
    {
        basis = "zero_fee",
        rootCause = "Agents charged fees the employer did not pay.",
        workers = Enumerable.Range(1, workers).Select(i => new { @ref = $"W-{i}", confirmed = new[] { new { category = "recruitment_fee", amount = 20000.5m, currency = "THB" } } }),
    };

    public static object Plan(int workers, DateTimeOffset first, DateTimeOffset second) => new
    {
        instalments = new[]
        {
            new { number = 1, dueAt = first, amounts = new[] { new { amount = 10000.25m * workers, currency = "THB" } } },
            new { number = 2, dueAt = second, amounts = new[] { new { amount = 10000.25m * workers, currency = "THB" } } },
        },
    };

    public static object Receipts(int workers) => new
    {
        receipts = Enumerable.Range(1, workers).Select(i => new { @ref = $"W-{i}", receiptId = $"rc-{i}", received = true, amount = 20000.5m, currency = "THB", method = "bank_transfer", retaliationReported = false, confirmedOn = "2026-02-01" }),
    };

    /// <summary>Every worker paid in full, as a payroll export.</summary>
    public static string PaymentsCsv(int workers) =>
        "ref,paymentId,amount,currency,paidOn,method\r\n" + string.Concat(Enumerable.Range(1, workers).Select(i => $"W-{i},pay-{i},20000.50,THB,2026-01-15,bank_transfer\r\n"));
}
