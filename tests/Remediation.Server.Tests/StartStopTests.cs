using Remediation.Development;

namespace Remediation.Server.Tests;

public class StartStopTests
{
    [Fact]
    public async Task A_second_server_on_a_busy_address_says_so_in_one_line_and_exits_1()
    {
        await using var first = await ServerProcess.StartAsync();

        var (exitCode, output) = await first.RunSecondAsync();

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("address is in use", line, StringComparison.Ordinal);
        Assert.Contains(first.Address.GetLeftPart(UriPartial.Authority), line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_stops_the_server_with_exit_code_0_and_no_stack_trace()
    {
        await using var server = await ServerProcess.StartAsync();

        var exitCode = await server.SignalAsync("TERM", wholeGroup: false);

        Assert.Equal(0, exitCode);
        Assert.Contains("Remediation stopped.", server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_c_to_the_whole_group_stops_the_engine_before_the_azurite_the_server_started()
    {
        var data = Directory.CreateTempSubdirectory("remediation-ctrlc-").FullName;
        try
        {
            await using var server = await ServerProcess.StartInTerminalAsync(data);
            var startedAzurite = server.Output.Contains("Starting Azurite", StringComparison.Ordinal);
            // Either it started Azurite itself, or it said in one line which storage it uses instead.
            Assert.True(startedAzurite || server.Output.Contains("already listening on 127.0.0.1:10000-10002", StringComparison.Ordinal), server.Output);

            var exitCode = await server.SignalAsync("INT", wholeGroup: true);

            Assert.Equal(0, exitCode);
            Assert.Contains("Remediation stopped.", server.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", server.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("did not stop cleanly", server.Output, StringComparison.Ordinal);
            if (startedAzurite)
            {
                // Azurite was outside the signalled group and the server stopped it after its engine: nothing left listening.
                Assert.False(AzuriteEmulator.IsListeningOnDefaultPorts(), "Azurite was left running after the server stopped");
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
