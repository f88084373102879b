namespace Remediation.Web.Tests.Builders;

/// <summary>Case bodies as the API returns them.</summary>
internal static class Cases
{
    public static string View(string stage = "Triage", string waitingFor = "caseworker", int level = 0, bool findingsAwaitingDecision = false) => $$$"""
        {"caseId":"C-1","partnerId":"PART-1","partnerReference":"R-1","supplierId":"SUP-1","contracts":[],"factory":{"name":"Cal-Comp Electronics","country":"TH"},
         "summary":"Fees paid to agents.","indicators":[],"priority":"standard","stage":"{{{stage}}}","deadline":"2026-12-14T00:00:00+00:00","escalationLevel":{{{level}}},
         "waitingFor":"{{{waitingFor}}}","retaliationReported":false,"planAwaitingDecision":false,"findingsAwaitingDecision":{{{(findingsAwaitingDecision ? "true" : "false")}}},
         "totals":[{"currency":"THB","claimed":"60001.50","confirmed":"0.00","paid":"0.00","verified":"0.00","outstanding":"0.00"}],
         "workers":{"total":3,"owed":0,"byStatus":{"AwaitingFindings":3}},
         "openedAt":"2026-11-30T00:00:00+00:00","stageEnteredAt":"2026-11-30T00:00:00+00:00","updatedAt":"2026-11-30T00:00:00+00:00"}
        """;
}
