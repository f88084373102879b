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
}
