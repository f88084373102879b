namespace Remediation.Web.Tests.Builders;

/// <summary>The risk method, suppliers and public reports as the API returns them.</summary>
internal static class BuyerSamples
{
    public const string Method = """
        {"summary":"Indicators from disclosed cases; each read on its own rule.",
         "indicators":[
           {"name":"openCases","label":"Open cases","kind":"number","appliesTo":"both","source":"Case records","rule":"Cases not closed."},
           {"name":"daysLateNow","label":"Days late now","kind":"number","appliesTo":"supplier","source":"Deadlines",
            "rule":"Days past every open supplier deadline, summed."},
           {"name":"countries","label":"Countries","kind":"text","appliesTo":"supplier","source":"Factories","rule":"Where its factories are."}]}
        """;

    public const string List = """
        {"items":[
          {"id":"SUP-CALCOMP","name":"Calcomp Electronics","indicators":[
            {"name":"openCases","value":"3","number":3},{"name":"daysLateNow","value":"12.5","number":12.5},{"name":"countries","value":"MY, TH"}]},
          {"id":"SUP-NEWCO","name":"Newco Components","indicators":[
            {"name":"openCases","value":"0","number":0},{"name":"daysLateNow","value":"0","number":0},{"name":"countries","value":"VN"}]}],
         "continuationToken":"t2"}
        """;

    public const string Supplier = """
        {"id":"SUP-CALCOMP","name":"Calcomp Electronics","asOf":"2026-12-01T09:00:00+00:00",
         "record":{"cases":4,"openCases":3,"casesByStage":{"Reimbursement":2,"Closed":1,"Triage":1},"casesByOutcome":{"Remediated":1},
           "workers":120,"workersOwed":110,"workersPaid":60,"workersVerified":40,
           "totals":[{"currency":"MYR","claimed":"250000.00","confirmed":"200000.00","paid":"90000.00","verified":"50000.00","outstanding":"110000.00"}],
           "overdueNow":2,"daysLateNow":12.5,"daysLateTotal":30,"highestLevel":2,"casesReachingLevel":{"1":3,"2":1},
           "repeatedFindingFactories":1,"repeatedFindingCases":2,"medianDaysToRemediation":84,"workersWithReceipt":40,"workersSelfConfirmed":30,
           "selfConfirmedPercent":75,"retaliationReports":0},
         "indicators":[{"name":"openCases","value":"3","number":3},{"name":"daysLateNow","value":"12.5","number":12.5}],
         "factories":[{"key":"my-penang-plant-2","name":"Penang Plant 2","country":"MY","sector":"electronics","migrantSharePercent":62,
           "cases":3,"openCases":2,"repeatedFinding":true,"indicators":[]}],
         "contracts":[{"id":"NHS-2026-0042","buyer":"NHS Supply Chain","title":"Laptops","supplierId":"SUP-CALCOMP","valueBand":"10m-100m",
           "valueCurrency":"GBP","startsOn":"2026-01-01","registeredAt":"2026-01-05T10:00:00+00:00"}],
         "buyers":["NHS Supply Chain"],"unregisteredContractReferences":["CCS-RM6098"],
         "cases":[{"caseId":"C-0001","factoryKey":"my-penang-plant-2","stage":"Reimbursement","openedAt":"2026-06-01T08:00:00+00:00",
           "highestSupplierLevel":2,"workers":80,"daysLate":12.5}]}
        """;

    public static string Report(string id, string status) => $$$"""
        {"id":"{{{id}}}","status":"{{{status}}}","from":"2025-01-01","to":"2025-12-31","preparedAt":"2026-01-10T09:00:00+00:00",
         {{{(status == "released" ? "\"releasedAt\":\"2026-01-11T09:00:00+00:00\"," : string.Empty)}}}
         "publicUrl":"https://console.test/public/reports/{{{id}}}","suppressionRule":"At least 10 workers and 3 cases behind every figure",
         "overall":{"figures":[{"name":"cases","label":"Cases opened or closed","value":"14"},
           {"name":"medianDays","label":"Median days to remediation","withheld":"fewer than 3 cases"}]},
         "suppliers":[{"supplierId":"SUP-CALCOMP","name":"Calcomp Electronics","factories":["Penang Plant 1"],"factoriesNotNamed":1,
           "figures":{"figures":[{"name":"workersPaid","label":"Workers paid","value":"60"}]}}]}
        """;
}
