namespace Remediation.Web.Tests.Builders;

/// <summary>Verification samples and issued codes as the API returns them.</summary>
internal static class Samples
{
    public static string View(bool fullVerificationRequired = false) => $$"""
        {"seed":"5f1c9a0e7b3d4c21","method":"stratified-proportional-sha256-v1","policy":{"share":0.10,"minimum":30,"disputeRate":0.05},
         "population":1240,"drawnAt":"2026-12-01T09:30:00+00:00","sampled":40,"confirmed":25,"disputed":3,"pending":12,"disputesRaised":3,
         "fullVerificationRequired":{{(fullVerificationRequired ? "true" : "false")}},
         "strata":[
           {"nationality":"MM","feeRecipient":"Golden Land Agency","employmentStatus":"current","workers":1000,"sampled":30,"confirmed":20,"disputed":3,"pending":7},
           {"nationality":"KH","feeRecipient":"Angkor Manpower","employmentStatus":"former","workers":240,"sampled":10,"confirmed":5,"disputed":0,"pending":5}],
         "workers":[{"ref":"MM-0001","stratum":0,"state":"confirmed"},{"ref":"KH-0001","stratum":1,"state":"pending"}]}
        """;

    public const string Issued = """
        {"batchId":"CB-20261201-0a1b2c3d4e","expiresOn":"2027-03-01",
         "codes":[{"ref":"MM-0001","code":"ABCD-EFGH-JKMN"},{"ref":"KH-0001","code":"PQRS-TUVW-XYZ2"}]}
        """;
}
