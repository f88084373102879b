using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Inbox;
using Remediation.Domain.Ledger;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using Remediation.Functions.Durable;
using Remediation.Functions.Schedules;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Handling;
using Remediation.Workflows.Orchestration;

namespace Remediation.Functions.Tests;

public class DurableFunctionsTests
{
    [Fact]
    public async Task The_orchestrator_function_runs_the_case_orchestrator_on_its_input()
    {
        var context = new Mock<TaskOrchestrationContext>();
        var closed = new CaseSchedule(Stage.Closed, null, EscalationLevel.None, null);
        context.Setup(c => c.GetInput<CaseOrchestrationInput>()).Returns(new CaseOrchestrationInput("C-1", closed));
        context.Setup(c => c.CallActivityAsync<InboxOutcome>(It.IsAny<TaskName>(), "C-1", It.IsAny<TaskOptions?>())).ReturnsAsync(new InboxOutcome(0, false, closed));

        Assert.Equal("closed", await CaseOrchestrationFunctions.RunOrchestrator(context.Object));
    }

    [Fact]
    public async Task The_apply_activity_applies_the_command_to_its_case()
    {
        var rig = new FunctionRig();
        var @case = rig.StoreCase("C-3", Stage.Triage);
        rig.Cases.Setup(c => c.UpdateAsync(It.IsAny<Case>(), "v1", It.IsAny<CancellationToken>())).ReturnsAsync(Domain.Cases.SaveResult.Saved("v2"));
        var envelope = new CommandEnvelope("C-3", "cmd-1", CaseCommand.AddNote, Role.Caseworker, null, FunctionRig.Now, """{"text":"Called the supplier."}""", null);

        var outcome = await rig.Get<CaseOrchestrationFunctions>().ApplyCaseCommand(envelope);

        Assert.True(outcome.Applied);
        rig.Cases.Verify(c => c.UpdateAsync(It.Is<Case>(x => x.Id == "C-3" && x.HasSeen("cmd-1")), "v1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_drain_activity_applies_what_waits_in_the_inbox()
    {
        var rig = new FunctionRig();
        rig.StoreCase("C-3", Stage.Triage);
        rig.Inbox.Setup(i => i.PendingAsync("C-3", It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var outcome = await rig.Get<CaseOrchestrationFunctions>().DrainInbox("C-3");

        Assert.Equal((0, Stage.Triage), (outcome.Handled, outcome.Schedule!.Stage));
    }

    [Fact]
    public async Task The_sweep_restarts_a_missing_orchestration_of_an_overdue_case_and_writes_a_digest()
    {
        var rig = new FunctionRig();
        var @case = rig.StoreCase("C-9", Stage.SupplierAcknowledgement, orchestrationRunning: false) with { Deadline = FunctionRig.Now.AddDays(-2) };
        rig.Cases.Setup(c => c.GetAsync("C-9", It.IsAny<CancellationToken>())).ReturnsAsync(new Versioned<Case>(@case, "v1"));
        rig.Index.Setup(i => i.DueAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).Returns(new[] { CaseListItem.From(@case, LedgerSummary.Empty) }.ToAsyncEnumerable());

        var result = await rig.Get<EscalationSweepFunction>().RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), rig.Client.Object);

        Assert.Equal((1, 1), (result.OverdueCases, result.OrchestrationsRestarted));
        rig.Client.Verify(c => c.ScheduleNewOrchestrationInstanceAsync(It.Is<TaskName>(n => n.Name == CaseOrchestrator.Name), It.IsAny<object?>(), It.Is<StartOrchestrationOptions?>(o => o!.InstanceId == "C-9"), It.IsAny<CancellationToken>()), Times.Once);
        rig.Outbox.Verify(o => o.AddAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.Is<IReadOnlyList<Notification>>(n => n.Single().Kind == NotificationKind.OverdueDigest), null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_sweep_raises_a_missed_escalation_through_the_inbox_of_a_running_case()
    {
        var rig = new FunctionRig();
        var @case = rig.StoreCase("C-9", Stage.SupplierAcknowledgement) with { Deadline = FunctionRig.Now.AddDays(-8), EscalationLevel = EscalationLevel.Reminder };
        rig.Cases.Setup(c => c.GetAsync("C-9", It.IsAny<CancellationToken>())).ReturnsAsync(new Versioned<Case>(@case, "v1"));
        rig.Index.Setup(i => i.DueAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).Returns(new[] { CaseListItem.From(@case, LedgerSummary.Empty) }.ToAsyncEnumerable());

        var result = await rig.Get<EscalationSweepFunction>().RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), rig.Client.Object);

        Assert.Equal(1, result.EscalationsRaised);
        rig.Inbox.Verify(i => i.AddAsync("C-9", It.Is<string>(id => id.StartsWith("sweep-", StringComparison.Ordinal)), It.IsAny<DateTimeOffset>(), It.Is<string>(e => e.Contains("\"kind\":13", StringComparison.Ordinal) || e.Contains("Escalate", StringComparison.Ordinal)), It.IsAny<CancellationToken>()), Times.Once);
        rig.Client.Verify(c => c.RaiseEventAsync("C-9", CaseOrchestrator.CommandEvent, It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
