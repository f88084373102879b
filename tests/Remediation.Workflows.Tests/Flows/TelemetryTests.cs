using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Workflows.Telemetry;
using Remediation.Workflows.Tests.Builders;

namespace Remediation.Workflows.Tests.Flows;

/// <summary>The product's metrics, as an OpenTelemetry exporter would read them.</summary>
public sealed class TelemetryTests : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentBag<(string Instrument, long Value, string Tags)> measurements = [];

    public TelemetryTests()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RemediationTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Add((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        listener.Start();
    }

    [Fact]
    public async Task Opening_escalating_and_repaying_are_counted_with_level_and_currency()
    {
        await using var world = await CaseWorld.StartAsync(TimeSpan.FromMilliseconds(250));
        var journey = await CaseJourney.OpenAsync(world, new IntakeBuilder().WithWorker("W-1", ("recruitment_fee", 123.456m, "KWD")));
        await journey.TriageAsync();
        await world.WaitForAsync(journey.CaseId, c => c.EscalationLevel >= EscalationLevel.Reminder, "a reminder");
        await journey.AcknowledgeAsync();
        await journey.SubmitFindingsAsync();
        await journey.AcceptFindingsAsync();
        await world.SendAsync(journey.CaseId, CaseCommand.SubmitPlan, CaseWorld.Supplier, new Commands.Plan.PlanPayload([new Commands.Plan.InstalmentPayload(1, DateTimeOffset.UtcNow.AddSeconds(20), [new Commands.Plan.MoneyPayload(123.456m, "KWD")])]));
        await world.SendAsync(journey.CaseId, CaseCommand.DecidePlan, CaseWorld.Caseworker, new Commands.PlanDecision.PlanDecisionPayload(true));
        var paid = await journey.PayAsync(1m, "all");

        Assert.Equal(Stage.Verification, paid.Stage);
        Assert.Contains(measurements, m => m.Instrument == "remediation.cases.opened" && m.Value == 1);
        Assert.Contains(measurements, m => m.Instrument == "remediation.escalations" && m.Tags == "level=1");
        Assert.Contains(measurements, m => m.Instrument == "remediation.repaid.minor_units" && m.Value == 123456 && m.Tags == "currency=KWD");
    }

    public void Dispose() => listener.Dispose();
}
