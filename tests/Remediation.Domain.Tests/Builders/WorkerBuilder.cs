using Remediation.Domain.Intake;

namespace Remediation.Domain.Tests.Builders;

/// <summary>Builds a worker submission: by default a Myanmar worker who paid 20,000 THB to an agent (Cal-Comp-like).</summary>
internal sealed class WorkerBuilder
{
    private readonly List<FeeSubmission> fees = [];
    private string? workerRef = "W-0001";
    private string? nationality = "MM";
    private DateOnly? hiredOn = new(2016, 3, 1);
    private string? status = "current";
    private bool defaultFee = true;

    public WorkerBuilder WithRef(string? value)
    {
        workerRef = value;
        return this;
    }

    public WorkerBuilder WithNationality(string? value)
    {
        nationality = value;
        return this;
    }

    public WorkerBuilder HiredOn(DateOnly? value)
    {
        hiredOn = value;
        return this;
    }

    public WorkerBuilder WithStatus(string? value)
    {
        status = value;
        return this;
    }

    public WorkerBuilder WithFee(string? category, decimal? amount, string? currency, DateOnly? paidOn = null, string? paidTo = "agent")
    {
        defaultFee = false;
        fees.Add(new FeeSubmission(category, amount, currency, paidTo, paidOn ?? new DateOnly(2015, 12, 1)));
        return this;
    }

    public WorkerBuilder WithoutFees()
    {
        defaultFee = false;
        fees.Clear();
        return this;
    }

    public WorkerSubmission Build() =>
        new(workerRef, nationality, hiredOn, status, defaultFee ? [new FeeSubmission("recruitment_fee", 20000m, "THB", "agent", new DateOnly(2015, 12, 1))] : [.. fees]);
}
