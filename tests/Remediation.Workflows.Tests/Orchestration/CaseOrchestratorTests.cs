using Microsoft.DurableTask;
using Moq;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Parties;
using Remediation.Workflows.Commands;
using Remediation.Workflows.Handling;
using Remediation.Workflows.Orchestration;

namespace Remediation.Workflows.Tests.Orchestration;

/// <summary>The orchestrator's decisions, against a mocked context: what it waits for, what it calls, when it continues as new.</summary>
public class CaseOrchestratorTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly CaseSchedule Acknowledging = new(Stage.SupplierAcknowledgement, Now.AddDays(7), EscalationLevel.None, Now.AddDays(7));
    private static readonly CaseSchedule Investigating = new(Stage.Investigation, Now.AddDays(30), EscalationLevel.None, Now.AddDays(30));
    private static readonly CaseSchedule Closed = new(Stage.Closed, null, EscalationLevel.None, null);

    private readonly Mock<TaskOrchestrationContext> context = new();
    private readonly List<CancellationToken> timerTokens = [];
    private readonly List<CommandEnvelope> appliedEnvelopes = [];

    public CaseOrchestratorTests()
    {
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(Now);
        context.Setup(c => c.NewGuid()).Returns(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"));
    }

    private static CaseOrchestrationInput Input(CaseSchedule schedule, int generation = 3) => new("case-1", schedule, generation);

    private void DrainReturns(params CaseSchedule[] schedules)
    {
        var queue = new Queue<CaseSchedule>(schedules);
        context.Setup(c => c.CallActivityAsync<InboxOutcome>(It.Is<TaskName>(n => n.Name == DrainInboxActivity.Name), "case-1", It.IsAny<TaskOptions?>()))
            .ReturnsAsync(() =>
            {
                var schedule = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
                return new InboxOutcome(schedule.IsClosed ? 0 : 1, false, schedule);
            });
    }

    private void WakeUps(Func<Task<string>> next) =>
        context.Setup(c => c.WaitForExternalEvent<string>(CaseOrchestrator.CommandEvent, It.IsAny<CancellationToken>())).Returns(next);

    private void Timers(Func<Task> fire) =>
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Callback<DateTime, CancellationToken>((_, token) => timerTokens.Add(token))
            .Returns(fire);

    [Fact]
    public async Task A_closed_case_answers_what_is_left_in_its_inbox_and_ends_without_waiting()
    {
        DrainReturns(Closed);

        var result = await new CaseOrchestrator().RunAsync(context.Object, Input(Closed));

        Assert.Equal("closed", result);
        context.Verify(c => c.WaitForExternalEvent<string>(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        context.Verify(c => c.CallActivityAsync<InboxOutcome>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()), Times.Once);
    }

    [Fact]
    public async Task Commands_queued_behind_the_one_that_closes_the_case_are_drained_before_it_ends()
    {
        var calls = 0;
        context.Setup(c => c.CallActivityAsync<InboxOutcome>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ReturnsAsync(() => ++calls switch
            {
                1 => new InboxOutcome(InboxDrain.MaxPerDrain, true, Closed),
                2 => new InboxOutcome(5, false, Closed),
                _ => new InboxOutcome(0, false, Closed),
            });

        Assert.Equal("closed", await new CaseOrchestrator().RunAsync(context.Object, Input(Acknowledging)));
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Each_generation_drains_the_inbox_first_and_a_stage_change_continues_as_new()
    {
        DrainReturns(Investigating);

        var result = await new CaseOrchestrator().RunAsync(context.Object, Input(Acknowledging));

        Assert.Equal("continued", result);
        context.Verify(c => c.WaitForExternalEvent<string>(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        context.Verify(c => c.ContinueAsNew(It.Is<ContinueAsNewOptions>(o => ((CaseOrchestrationInput)o.NewInput!).Schedule == Investigating
            && ((CaseOrchestrationInput)o.NewInput!).Generation == 4
            && o.NewVersion == CaseOrchestrator.Version
            && !o.PreserveUnprocessedEvents)), Times.Once);
    }

    [Fact]
    public async Task A_wake_up_before_the_deadline_drains_the_inbox_and_cancels_the_timer()
    {
        DrainReturns(Acknowledging, Closed);
        WakeUps(() => Task.FromResult("cmd-1"));
        Timers(() => new TaskCompletionSource().Task);

        var result = await new CaseOrchestrator().RunAsync(context.Object, Input(Acknowledging));

        Assert.Equal("closed", result);
        Assert.True(Assert.Single(timerTokens).IsCancellationRequested);
        context.Verify(c => c.CreateTimer(Acknowledging.NextWakeAt!.Value.UtcDateTime, It.IsAny<CancellationToken>()), Times.Once);
        context.Verify(c => c.CallActivityAsync<InboxOutcome>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()), Times.Exactly(3));
        context.Verify(c => c.CallActivityAsync<CommandOutcome>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()), Times.Never);
    }

    [Fact]
    public async Task When_the_timer_fires_first_the_clock_escalates_as_of_the_orchestration_time_and_the_wake_up_wait_is_kept()
    {
        DrainReturns(Acknowledging);
        var wakeUp = new TaskCompletionSource<string>();
        WakeUps(() => wakeUp.Task);
        Timers(() => Task.CompletedTask);
        var reminded = Acknowledging with { EscalationLevel = EscalationLevel.Reminder, NextWakeAt = Now.AddDays(14) };
        var escalations = 0;
        context.Setup(c => c.CallActivityAsync<CommandOutcome>(It.Is<TaskName>(n => n.Name == ApplyCaseCommandActivity.Name), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Callback<TaskName, object?, TaskOptions?>((_, envelope, _) => appliedEnvelopes.Add((CommandEnvelope)envelope!))
            .ReturnsAsync(() => new CommandOutcome("clock", true, null, null, ++escalations < 2 ? reminded : Closed));

        var result = await new CaseOrchestrator().RunAsync(context.Object, Input(Acknowledging));

        Assert.Equal("closed", result);
        Assert.Equal(2, appliedEnvelopes.Count);
        Assert.All(appliedEnvelopes, e => Assert.Equal((CaseCommand.Escalate, Role.System, new DateTimeOffset(Now)), (e.Kind, e.ActorRole, e.IssuedAt)));
        context.Verify(c => c.WaitForExternalEvent<string>(CaseOrchestrator.CommandEvent, It.IsAny<CancellationToken>()), Times.Once);
        context.Verify(c => c.CreateTimer(reminded.NextWakeAt!.Value.UtcDateTime, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Without_a_next_escalation_the_orchestration_waits_for_commands_only()
    {
        var topOfLadder = Acknowledging with { EscalationLevel = EscalationLevel.SanctionsRecommended, NextWakeAt = null };
        DrainReturns(topOfLadder, Closed);
        WakeUps(() => Task.FromResult("cmd-1"));

        await new CaseOrchestrator().RunAsync(context.Object, Input(topOfLadder));

        context.Verify(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task After_a_bounded_number_of_wake_ups_it_continues_as_new_to_keep_history_small()
    {
        DrainReturns(Acknowledging);
        WakeUps(() => Task.FromResult("cmd"));
        Timers(() => new TaskCompletionSource().Task);

        var result = await new CaseOrchestrator().RunAsync(context.Object, Input(Acknowledging));

        Assert.Equal("continued", result);
        context.Verify(c => c.CallActivityAsync<InboxOutcome>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()), Times.Exactly(CaseOrchestrator.MaxWakeUpsPerGeneration));
        context.Verify(
            c => c.ContinueAsNew(It.Is<ContinueAsNewOptions>(o => ((CaseOrchestrationInput)o.NewInput!).Schedule == Acknowledging)), Times.Once);
    }

    [Fact]
    public async Task An_activity_that_keeps_failing_is_waited_out_and_the_generation_starts_again_instead_of_failing()
    {
        var failure = new TaskFailedException(
            DrainInboxActivity.Name, 1, new TaskFailureDetails("StorageUnavailableException", "Storage is unavailable.", null, null, null));
        context.Setup(c => c.CallActivityAsync<InboxOutcome>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ThrowsAsync(failure);
        var waits = new List<DateTime>();
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Callback<DateTime, CancellationToken>((at, _) => waits.Add(at))
            .Returns(Task.CompletedTask);

        var result = await new CaseOrchestrator().RunAsync(context.Object, Input(Acknowledging));

        Assert.Equal("continued", result);
        Assert.Equal([Now.AddMinutes(1), Now.AddMinutes(5), Now.AddMinutes(30)], waits);
        context.Verify(
            c => c.ContinueAsNew(It.Is<ContinueAsNewOptions>(o => ((CaseOrchestrationInput)o.NewInput!).Schedule == Acknowledging)), Times.Once);
    }

    [Fact]
    public async Task An_activity_that_fails_once_is_called_again_after_a_wait_and_the_case_goes_on()
    {
        var calls = 0;
        var failure = new TaskFailedException(
            DrainInboxActivity.Name, 1, new TaskFailureDetails("TimeoutException", "The operation timed out.", null, null, null));
        context.Setup(c => c.CallActivityAsync<InboxOutcome>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns(() => ++calls switch
            {
                1 => Task.FromException<InboxOutcome>(failure),
                2 => Task.FromResult(new InboxOutcome(1, false, Closed)),
                _ => Task.FromResult(new InboxOutcome(0, false, Closed)),
            });
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        Assert.Equal("closed", await new CaseOrchestrator().RunAsync(context.Object, Input(Acknowledging)));
        context.Verify(c => c.CreateTimer(Now.AddMinutes(1), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_case_that_disappeared_ends_the_orchestration()
    {
        context.Setup(c => c.CallActivityAsync<InboxOutcome>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>())).ReturnsAsync(new InboxOutcome(0, false, null));

        Assert.Equal("case missing", await new CaseOrchestrator().RunAsync(context.Object, Input(Acknowledging)));
    }

    [Fact]
    public async Task A_full_inbox_is_drained_again_before_waiting()
    {
        var calls = 0;
        context.Setup(c => c.CallActivityAsync<InboxOutcome>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ReturnsAsync(() => ++calls < 3 ? new InboxOutcome(InboxDrain.MaxPerDrain, true, Acknowledging) : new InboxOutcome(calls == 3 ? 2 : 0, false, Closed));

        await new CaseOrchestrator().RunAsync(context.Object, Input(Acknowledging));

        Assert.Equal(4, calls);
        context.Verify(c => c.WaitForExternalEvent<string>(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
