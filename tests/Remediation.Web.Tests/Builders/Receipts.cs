namespace Remediation.Web.Tests.Builders;

/// <summary>Ledger lines and timeline entries with receipts, as the API returns them to the partner and caseworkers.</summary>
internal static class Receipts
{
    /// <summary>A verified line with one receipt, given by <paramref name="method"/> ("worker": the worker's own answer).</summary>
    public static string Line(string workerRef, string method) => $$$"""
        {"ref":"{{{workerRef}}}","nationality":"MM","employmentStatus":"current","status":"Verified","fees":[],
         "totals":[{"currency":"THB","claimed":"20000.50","confirmed":"20000.50","paid":"20000.50","verified":"20000.50","outstanding":"0.00"}],
         "payments":[{"paymentId":"pay-{{{workerRef}}}","amount":{"currency":"THB","amount":"20000.50"},"paidOn":"2026-11-15","method":"bank_transfer"}],
         "receipts":[{"receiptId":"rc-{{{workerRef}}}","received":true,"amount":{"currency":"THB","amount":"20000.50"},"method":"{{{method}}}","confirmedOn":"2026-12-01"}]}
        """;

    /// <summary>A timeline with receipts recorded by the partner, then a worker's own answer.</summary>
    public const string Timeline = """
        {"items":[
          {"sequence":1,"at":"2026-12-01T10:00:00+00:00","actorRole":"partner","actorPartyId":"PART-1","kind":"receipts.recorded",
           "description":"Receipts recorded.","previousHash":"00","hash":"a1"},
          {"sequence":2,"at":"2026-12-02T10:00:00+00:00","actorRole":"worker","kind":"receipts.worker_confirmed",
           "description":"Receipts confirmed.","previousHash":"a1","hash":"b2"}]}
        """;
}
