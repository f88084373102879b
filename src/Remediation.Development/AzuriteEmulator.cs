using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Remediation.Development;

/// <summary>
/// Starts the Azurite emulator pinned in the repository's package-lock.json on free 127.0.0.1 ports, installing
/// it with <c>npm ci</c> when it is missing, and stops it (and deletes its temporary data) when disposed.
/// </summary>
public sealed class AzuriteEmulator : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account (public, documented by Microsoft; not a secret).</summary>
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string SetSid = "/usr/bin/setsid";
    private readonly Process process;
    private readonly string? temporaryFolder;

    private AzuriteEmulator(Process process, string? temporaryFolder, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        this.temporaryFolder = temporaryFolder;
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";
    }

    public string ConnectionString { get; }

    public (int Blob, int Queue, int Table) Ports { get; private init; }

    public int ProcessId => process.Id;

    /// <summary>True when something already accepts connections on Azurite's usual table port.</summary>
    public static bool IsListeningOnDefaultPorts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, 10002);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static async Task<AzuriteEmulator> StartAsync(AzuriteOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = options.RepositoryRoot ?? FindRepositoryRoot(AppContext.BaseDirectory);
        var script = await EnsureInstalledAsync(root, cancellationToken).ConfigureAwait(false);
        var temporary = options.DataFolder is null && !options.InMemory ? Directory.CreateTempSubdirectory("remediation-azurite-").FullName : null;
        var folder = options.DataFolder ?? temporary;

        var (blob, queue, table) = options.Ports
            ?? (options.DefaultPorts ? (10000, 10001, 10002) : (LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free()));
        // setsid execs node at once (our child is no group leader), so the process id stays node's.
        var ownGroup = options.OwnProcessGroup && !OperatingSystem.IsWindows() && File.Exists(SetSid);
        var start = new ProcessStartInfo(ownGroup ? SetSid : "node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        if (ownGroup)
        {
            start.ArgumentList.Add("node");
        }

        foreach (var argument in new[]
                 {
                     script, "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                     "--blobHost", "127.0.0.1", "--blobPort", Port(blob), "--queueHost", "127.0.0.1", "--queuePort", Port(queue),
                     "--tableHost", "127.0.0.1", "--tablePort", Port(table),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        if (options.InMemory)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(folder!);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(folder!);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line && errors.Count < 50)
            {
                errors.Enqueue(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var emulator = new AzuriteEmulator(process, temporary, blob, queue, table) { Ports = (blob, queue, table) };
        try
        {
            await WaitForPortsAsync(
                process,
                [blob, queue, table],
                options.StartTimeout,
                () => string.Join(Environment.NewLine, errors),
                cancellationToken).ConfigureAwait(false);
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The folder holding package.json with Azurite, walking up from <paramref name="start"/>.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var package = Path.Combine(folder.FullName, "package.json");
            if (File.Exists(package) && File.ReadAllText(package).Contains("\"azurite\"", StringComparison.Ordinal))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No package.json pinning azurite above {start}; set the repository root explicitly.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                // Ask nicely first, so Azurite saves what it holds in memory; then make sure.
                await TerminateAsync(process.Id).ConfigureAwait(false);
                try
                {
                    await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
            if (temporaryFolder is not null && Directory.Exists(temporaryFolder))
            {
                Directory.Delete(temporaryFolder, recursive: true);
            }
        }
    }

    private static async Task TerminateAsync(int processId)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill")
        {
            ArgumentList = { "-TERM", processId.ToString(CultureInfo.InvariantCulture) },
            UseShellExecute = false,
        });
        if (kill is not null)
        {
            await kill.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs <c>npm ci</c> once when a development tool of package-lock.json (Azurite, Redocly CLI, axe-core) is missing; a
    /// lock file keeps parallel test runs from racing. Returns Azurite's script.
    /// </summary>
    public static async Task<string> EnsureInstalledAsync(string root, CancellationToken cancellationToken = default)
    {
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        string[] tools =
        [
            script,
            Path.Combine(root, "node_modules", "@redocly", "cli", "package.json"),
            Path.Combine(root, "node_modules", "axe-core", "axe.min.js"),
        ];
        if (tools.All(File.Exists))
        {
            return script;
        }

        await using var installLock = await AcquireLockAsync(Path.Combine(root, ".azurite-install.lock"), cancellationToken).ConfigureAwait(false);
        if (tools.All(File.Exists))
        {
            return script;
        }

        var npm = new ProcessStartInfo("npm")
        {
            UseShellExecute = false,
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            npm.ArgumentList.Add(argument);
        }

        using var install = Process.Start(npm) ?? throw new InvalidOperationException("Could not start npm to install Azurite.");
        var errors = install.StandardError.ReadToEndAsync(cancellationToken);
        _ = install.StandardOutput.ReadToEndAsync(cancellationToken);
        await install.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (install.ExitCode != 0 || !tools.All(File.Exists))
        {
            throw new InvalidOperationException($"'npm ci' in {root} failed ({install.ExitCode}): {await errors.ConfigureAwait(false)}");
        }

        return script;
    }

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(250, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WaitForPortsAsync(
        Process process, int[] ports, TimeSpan timeout, Func<string> errors, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        foreach (var port in ports)
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening on port {port}: {errors()}");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }


    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
