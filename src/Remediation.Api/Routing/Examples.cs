using Remediation.Contracts.Cases;

namespace Remediation.Api.Routing;

/// <summary>
/// Request examples of the API document: a Cal-Comp-like case, as a partner, supplier and caseworker would send it.
/// The grievance is here; each command's example is the <c>Example</c> of its folder under Commands/.
/// </summary>
internal static class Examples
{
    /// <summary>The grievance's worker; AddWorkers' example adds another like them.</summary>
    public static readonly WorkerRequest Worker = new()
    {
        Ref = "MM-00001",
        Nationality = "MM",
        HiredOn = new DateOnly(2016, 3, 1),
        EmploymentStatus = EmploymentStatus.Current,
        Fees =
        [
            new FeeRequest
            {
                Category = FeeCategory.RecruitmentFee,
                Amount = 20000.00m,
                Currency = "THB",
                PaidTo = "agent",
                PaidOn = new DateOnly(2015, 12, 1),
            },
        ],
    };

    public static readonly CreateCaseRequest Grievance = new()
    {
        PartnerReference = "MWRN-2016-014",
        Factory = new FactoryRequest { Name = "Cal-Comp Electronics", Country = "TH", Site = "Phetchaburi" },
        SupplierId = "SUP-CALCOMP",
        Summary = "Myanmar workers paid recruitment fees of about 20,000 THB to agents.",
        Priority = Priority.Priority,
        Indicators = [ForcedLabourIndicator.DebtBondage, ForcedLabourIndicator.Deception],
        Workers = [Worker],
    };
}
