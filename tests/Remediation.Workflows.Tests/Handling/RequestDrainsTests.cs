using Remediation.Workflows.Handling;

namespace Remediation.Workflows.Tests.Handling;

/// <summary>Drains a request started for its waiting caller are waited for when the host stops.</summary>
public class RequestDrainsTests
{
    [Fact]
    public async Task Stopping_waits_for_a_drain_still_running_and_ends_when_it_ends()
    {
        var drains = new RequestDrains();
        var drain = new TaskCompletionSource();
        _ = drains.Track(drain.Task);

        var stopping = drains.StopAsync(CancellationToken.None);
        var stillWaiting = !stopping.IsCompleted;
        drain.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(stillWaiting);
        Assert.True(stopping.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Stopping_gives_up_when_the_host_stops_waiting()
    {
        var drains = new RequestDrains();
        _ = drains.Track(new TaskCompletionSource().Task);
        using var shutdown = new CancellationTokenSource();

        var stopping = drains.StopAsync(shutdown.Token);
        await shutdown.CancelAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(stopping.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_finished_drain_is_not_waited_for()
    {
        var drains = new RequestDrains();
        await drains.Track(Task.CompletedTask);

        Assert.True(drains.StopAsync(CancellationToken.None).IsCompletedSuccessfully);
    }
}
