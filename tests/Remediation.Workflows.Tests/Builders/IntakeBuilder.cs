using Remediation.Domain.Intake;

namespace Remediation.Workflows.Tests.Builders;

/// <summary>Builds an intake: by default one Myanmar worker who paid 20,000 THB; tests add the workers they need.</summary>
internal sealed class IntakeBuilder
{
    private readonly List<WorkerSubmission> workers = [];
    private string priority = "standard";

    public IntakeBuilder WithWorker(string workerRef, params (string Category, decimal Amount, string Currency)[] fees)
    {
        workers.Add(new WorkerSubmission(workerRef, "MM", new DateOnly(2016, 3, 1), "current",
            [.. fees.Select(f => new FeeSubmission(f.Category, f.Amount, f.Currency, "agent", new DateOnly(2015, 12, 1)))]));
        return this;
    }

    public IntakeBuilder Priority()
    {
        priority = "priority";
        return this;
    }

    /// <summary>Three workers, two currencies: 20,000 THB; 1,500 USD and 300.50 THB; 5,000.25 THB.</summary>
    public static IntakeBuilder ThreeWorkersTwoCurrencies() => new IntakeBuilder()
        .WithWorker("W-1", ("recruitment_fee", 20000m, "THB"))
        .WithWorker("W-2", ("recruitment_fee", 1500m, "USD"), ("medical", 300.5m, "THB"))
        .WithWorker("W-3", ("documents_visa_permit", 5000.25m, "THB"));

    public IntakeSubmission Build() => new(
        "MWRN-" + Guid.NewGuid().ToString("N")[..8],
        new FactorySubmission("Cal-Comp Electronics", "TH", "Phetchaburi"),
        "SUP-1",
        "Myanmar workers paid recruitment fees to agents.",
        priority,
        ["debt_bondage"],
        workers.Count > 0 ? [.. workers] : [new WorkerSubmission("W-1", "MM", new DateOnly(2016, 3, 1), "current", [new FeeSubmission("recruitment_fee", 20000m, "THB", "agent", null)])]);
}
