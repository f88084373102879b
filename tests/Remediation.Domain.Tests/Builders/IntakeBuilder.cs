using Remediation.Domain.Intake;

namespace Remediation.Domain.Tests.Builders;

/// <summary>Builds a partner's intake submission with sensible defaults; tests change only what they are about.</summary>
internal sealed class IntakeBuilder
{
    private readonly List<WorkerSubmission> workers = [];
    private string? partnerReference = "MWRN-2016-001";
    private FactorySubmission? factory = new("Cal-Comp Electronics", "TH", "Phetchaburi");
    private string? supplierId = "SUP-1";
    private string? summary = "Myanmar workers paid recruitment fees of about 20,000 THB to agents.";
    private string? priority = "standard";
    private List<string>? indicators = ["debt_bondage"];

    public IntakeBuilder WithReference(string? value)
    {
        partnerReference = value;
        return this;
    }

    public IntakeBuilder WithFactory(string? name, string? country, string? site = null)
    {
        factory = new FactorySubmission(name, country, site);
        return this;
    }

    public IntakeBuilder WithoutFactory()
    {
        factory = null;
        return this;
    }

    public IntakeBuilder WithSupplier(string? value)
    {
        supplierId = value;
        return this;
    }

    public IntakeBuilder WithSummary(string? value)
    {
        summary = value;
        return this;
    }

    public IntakeBuilder WithPriority(string? value)
    {
        priority = value;
        return this;
    }

    public IntakeBuilder WithIndicators(params string[] values)
    {
        indicators = [.. values];
        return this;
    }

    public IntakeBuilder WithWorker(WorkerSubmission worker)
    {
        workers.Add(worker);
        return this;
    }

    public IntakeBuilder WithWorker(Func<WorkerBuilder, WorkerBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return WithWorker(configure(new WorkerBuilder().WithRef($"W-{workers.Count + 1:D4}")).Build());
    }

    public IntakeBuilder WithWorkers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            WithWorker(w => w);
        }

        return this;
    }

    public IntakeSubmission Build() =>
        new(partnerReference, factory, supplierId, summary, priority, indicators, workers.Count == 0 ? [new WorkerBuilder().Build()] : [.. workers]);

    public NewCase BuildValid(string partnerId = "PART-1")
    {
        var validated = IntakeValidator.Validate(partnerId, Build(), TestClock.Today);
        Assert.True(validated.IsValid, string.Join("; ", validated.Errors));
        return validated.Value!;
    }
}
