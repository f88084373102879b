using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Remediation.Development;
using Remediation.Testing;

namespace Remediation.Server.Tests;

/// <summary>
/// The standalone server as a real process (the built Remediation.Server.dll), on a free 127.0.0.1 port, over the
/// test Azurite with a task hub and tables of its own. It can be killed with SIGKILL and started again on the same
/// storage, with the same worker id, as a crashed server would be.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    public const string AdminKey = "server-tests-bootstrap-admin-key-0123456789";

    private readonly Dictionary<string, string> environment;
    private readonly StringBuilder output = new();
    private Process? process;
    private bool ownSession;

    private ServerProcess(Dictionary<string, string> environment, int port)
    {
        this.environment = environment;
        Address = new Uri($"http://127.0.0.1:{port}/api/v1/");
    }

    public Uri Address { get; private set; }

    public string TablePrefix => environment["Remediation__TablePrefix"];

    /// <summary>The server's resident memory now and at its peak (VmRSS, VmHWM in /proc), in bytes.</summary>
    public (long Resident, long Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{process!.Id}/status");
        long Read(string name) =>
            long.Parse(
                status.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0],
                System.Globalization.CultureInfo.InvariantCulture) * 1024;
        return (Read("VmRSS"), Read("VmHWM"));
    }

    public bool IsRunning => process is { HasExited: false };

    public string TaskHub => environment["REMEDIATION_TASK_HUB"];

    public string WorkerId => environment["Remediation__Engine__WorkerId"];

    /// <summary>A second server on the same storage account, tables and task hub: another address and worker id.</summary>
    public async Task<ServerProcess> StartSiblingAsync()
    {
        var port = LoopbackPort.Free();
        var sibling = new ServerProcess(new Dictionary<string, string>(environment)
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Remediation__Engine__WorkerId"] = WorkerId + "-sibling",
        }, port);
        await sibling.StartProcessAsync();
        return sibling;
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<ServerProcess> StartAsync(
        string dayLength = "1.00:00:00", (int PerSecond, int Burst)? rateLimit = null, string logLevel = "Warning", string environmentName = "Production", IReadOnlyDictionary<string, string>? settings = null, bool ownSession = false,
        int? port = null)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        // A chosen port: an identity provider started first must know the console's origin.
        port ??= LoopbackPort.Free();
        var server = new ServerProcess(
            new Dictionary<string, string>
            {
                ["AzureWebJobsStorage"] = await TestStorage.ConnectionStringAsync(),
                ["REMEDIATION_TASK_HUB"] = "hub" + id,
                ["Remediation__TablePrefix"] = "s" + id,
                ["Remediation__BootstrapAdminKey"] = AdminKey,
                ["Remediation__BootstrapAdminKeyExpiresOn"] =
                    DateTimeOffset.UtcNow.AddDays(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["Remediation__Keys__Current"] = TestStorage.KeySettings["Remediation:Keys:Current"],
                ["Remediation__Keys__Ring__test"] = TestStorage.KeySettings["Remediation:Keys:Ring:test"],
                ["Remediation__Deadlines__DayLength"] = dayLength,
                ["Remediation__Engine__WorkerId"] = "server-" + id,
                ["Remediation__Engine__WorkItemVisibilityTimeout"] = "00:00:10",
                ["ASPNETCORE_ENVIRONMENT"] = environmentName,
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Logging__LogLevel__Default"] = logLevel,
                ["Remediation__RateLimit__PermitsPerSecond"] = (rateLimit?.PerSecond ?? 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Remediation__RateLimit__Burst"] = (rateLimit?.Burst ?? 5000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Remediation__RateLimit__AddressPermitsPerSecond"] = "100000",
                ["Remediation__RateLimit__AddressBurst"] = "100000",
                ["Remediation__RateLimit__FailedAuthenticationsPerMinute"] = "100000",
            },
            port.Value);
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            server.environment[name] = value;
        }

        server.ownSession = ownSession;

        await server.StartProcessAsync();
        return server;
    }

    public HttpClient Client(string key)
    {
        // Every response is checked against the committed API document.
        var client = new HttpClient(new ContractCheck()) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no lease release, activities cut off wherever they were.</summary>
    public async Task KillAsync()
    {
        process!.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    public Task RestartAsync() => StartProcessAsync();

    /// <summary>
    /// Starts a server in a session (so a process group) of its own, as a terminal runs it, with
    /// <c>UseDevelopmentStorage=true</c>: it starts Azurite itself on the usual ports (data in <paramref name="dataFolder"/>),
    /// or says in one line that it uses the storage already listening there.
    /// </summary>
    public static async Task<ServerProcess> StartInTerminalAsync(string dataFolder)
    {
        var server = await StartAsync(settings: new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Remediation__Azurite__DataFolder"] = dataFolder,
        }, ownSession: true);
        return server;
    }

    /// <summary>
    /// Sends a signal as a terminal or a service manager would (<paramref name="wholeGroup"/>: Ctrl-C reaches the
    /// whole foreground process group) and waits for the server to end: its exit code.
    /// </summary>
    public async Task<int> SignalAsync(string signal, bool wholeGroup)
    {
        var target = (wholeGroup ? "-" : string.Empty) + process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, "--", target }, UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException($"The server did not stop within 120 s of SIG{signal}:{Environment.NewLine}{Output}", e);
        }

        return process.ExitCode;
    }

    /// <summary>Runs a second server with the same settings (so on the same address) to its end: its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> RunSecondAsync()
    {
        var start = StartInfo();
        using var second = Process.Start(start)!;
        var output = second.StandardOutput.ReadToEndAsync();
        var errors = second.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await second.WaitForExitAsync(timeout.Token);
        return (second.ExitCode, (await output) + (await errors));
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
    }

    private async Task StartProcessAsync()
    {
        // A port found free can be taken by someone's outgoing connection before the server binds it: take another.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnceAsync();
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && process is { HasExited: true }
                && Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                var port = LoopbackPort.Free();
                environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
                Address = new Uri($"http://127.0.0.1:{port}/api/v1/");
                lock (output)
                {
                    output.Clear();
                }
            }
        }
    }

    private async Task StartOnceAsync()
    {
        var start = StartInfo();

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Collect(e.Data, started);
        process.ErrorDataReceived += (_, e) => Collect(e.Data, null);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(started.Task, exited, Task.Delay(TimeSpan.FromSeconds(90))) != started.Task)
        {
            throw new InvalidOperationException($"The server did not start:{Environment.NewLine}{Output}");
        }
    }

    /// <summary>The server's build output, in the configuration these tests were built in.</summary>
    public static string BuildOutput()
    {
        var root = AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory);
        var bin = AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar);
        var configuration = bin[Array.LastIndexOf(bin, "bin") + 1];
        return Path.Combine(root, "src", "Remediation.Server", "bin", configuration, "net10.0");
    }

    private ProcessStartInfo StartInfo()
    {
        var dll = Path.Combine(BuildOutput(), "Remediation.Server.dll");
        // As a terminal starts it: SIGINT at its default (a test run started in the background hands down "ignored",
        // which exec keeps), and setsid execs dotnet at once, so the process id is the server's and leads its own group.
        var start = new ProcessStartInfo(ownSession ? "env" : "dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        if (ownSession)
        {
            foreach (var argument in new[] { "--default-signal=INT", "setsid", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add(dll);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private void Collect(string? line, TaskCompletionSource? started)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (line.StartsWith("Remediation is listening", StringComparison.Ordinal))
        {
            started?.TrySetResult();
        }
    }
}
