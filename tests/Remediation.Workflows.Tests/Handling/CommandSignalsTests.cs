using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Tests.Handling;

public class CommandSignalsTests
{
    [Fact]
    public async Task A_listener_is_woken_when_its_command_is_handled_and_not_by_another()
    {
        var signals = new CommandSignals();
        var mine = signals.Listen("C-1", "cmd-1");
        var other = signals.Listen("C-1", "cmd-2");

        signals.Handled("C-1", "cmd-1");

        await mine.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(other.IsCompleted);
    }

    [Fact]
    public void A_listener_that_stopped_is_forgotten_and_a_later_one_waits_afresh()
    {
        var signals = new CommandSignals();
        var first = signals.Listen("C-1", "cmd-1");

        signals.Stop("C-1", "cmd-1");
        var second = signals.Listen("C-1", "cmd-1");

        Assert.NotSame(first, second);
        Assert.False(second.IsCompleted);
    }
}
