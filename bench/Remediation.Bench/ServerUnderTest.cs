using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Remediation.Development;

namespace Remediation.Bench;

/// <summary>The standalone server (Release build) as its own process, over the bench's Azurite, with parties and keys.</summary>
internal sealed partial class ServerUnderTest : IAsyncDisposable
{
    private const string AdminKey = "bench-bootstrap-admin-key-0123456789";
    private readonly Process process;

    private ServerUnderTest(Process process, Uri address, System.Collections.Concurrent.ConcurrentQueue<(string Kind, double Waited, double Applied)> times)
    {
        this.process = process;
        Address = address;
        CommandTimes = times;
    }

    public Uri Address { get; }

    /// <summary>
    /// Per command applied, from the server's debug log (InboxDrain): ms from acceptance until the engine ran the drain,
    /// and ms to apply it. Collected only when the server logs InboxDrain at Debug.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string Kind, double Waited, double Applied)> CommandTimes { get; }

    /// <summary>The engine's "Operation to read and write the partition table exceeded the 2-second timeout" warnings so far.</summary>
    public static int EngineTimeouts => Volatile.Read(ref engineTimeouts);

    private static int engineTimeouts;

    /// <summary>The server process's peak resident memory so far (Linux: VmHWM), in megabytes.</summary>
    public double PeakMemoryMegabytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>The server process's CPU time so far (user and system), in seconds.</summary>
    public double CpuSeconds()
    {
        process.Refresh();
        return process.TotalProcessorTime.TotalSeconds;
    }

    public HttpClient Partner { get; private set; } = null!;

    /// <summary>The keys themselves, for signing in to the web console.</summary>
    public string PartnerKey { get; private set; } = null!;

    public string CaseworkerKey { get; private set; } = null!;

    public HttpClient Supplier { get; private set; } = null!;

    public HttpClient Caseworker { get; private set; } = null!;

    /// <summary>The typed client over the same connections, as partners' and suppliers' systems use it.</summary>
    public Remediation.Client.RemediationClient PartnerApi => new(Partner);

    public Remediation.Client.RemediationClient SupplierApi => new(Supplier);

    public Remediation.Client.RemediationClient CaseworkerApi => new(Caseworker);

    /// <summary>The table prefix the server uses (for writing to its outbox directly).</summary>
    public string TablePrefix { get; private init; } = string.Empty;

    public static async Task<ServerUnderTest> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var root = AzuriteEmulator.FindRepositoryRoot(AppContext.BaseDirectory);
        var dll = Path.Combine(root, "src", "Remediation.Server", "bin", "Release", "net10.0", "Remediation.Server.dll");
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        var id = Guid.NewGuid().ToString("N")[..8];
        foreach (var (name, value) in new Dictionary<string, string>
                 {
                     ["AzureWebJobsStorage"] = connectionString, ["REMEDIATION_TASK_HUB"] = "bench" + id, ["Remediation__TablePrefix"] = "b" + id,
                     ["Remediation__BootstrapAdminKey"] = AdminKey, ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                     ["Remediation__BootstrapAdminKeyExpiresOn"] =
                         DateTimeOffset.UtcNow.AddDays(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                     ["Remediation__Keys__Current"] = "bench",
                     ["Remediation__Keys__Ring__bench"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                     ["Logging__LogLevel__Default"] = "Warning",

                     // The benchmark measures the server, not its per-key rate limiter.
                     ["Remediation__RateLimit__PermitsPerSecond"] = "1000000", ["Remediation__RateLimit__Burst"] = "1000000",
                     ["Remediation__RateLimit__AddressPermitsPerSecond"] = "1000000", ["Remediation__RateLimit__AddressBurst"] = "1000000",
                 }.Concat(settings ?? new Dictionary<string, string>()).GroupBy(p => p.Key).Select(g => g.Last()))
        {
            start.Environment[name] = value;
        }

        var started = new TaskCompletionSource();
        var process = Process.Start(start)!;
        var times = new System.Collections.Concurrent.ConcurrentQueue<(string Kind, double Waited, double Applied)>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("Remediation is listening", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
            else if (e.Data?.Contains("exceeded the 2-second timeout", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref engineTimeouts);
            }
            else if (e.Data is { } line && CommandTime().Match(line) is { Success: true } time)
            {
                times.Enqueue((
                    time.Groups[1].Value,
                    double.Parse(time.Groups[2].Value, CultureInfo.InvariantCulture),
                    double.Parse(time.Groups[3].Value, CultureInfo.InvariantCulture)));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(90));
        var server = new ServerUnderTest(process, new Uri($"http://127.0.0.1:{port}/api/v1/"), times) { TablePrefix = "b" + id };
        await server.IssueKeysAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Partner.Dispose();
        Supplier.Dispose();
        Caseworker.Dispose();
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private async Task IssueKeysAsync()
    {
        using var admin = Client(AdminKey);
        (await admin.PostAsJsonAsync("admin/parties", new { kind = "partner", id = "MWRN", name = "MWRN" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("admin/parties", new { kind = "supplier", id = "SUP-CALCOMP", name = "Cal-Comp" })).EnsureSuccessStatusCode();
        PartnerKey = await KeyAsync(admin, "partner", "MWRN");
        CaseworkerKey = await KeyAsync(admin, "caseworker", null);
        Partner = Client(PartnerKey);
        Supplier = Client(await KeyAsync(admin, "supplier", "SUP-CALCOMP"));
        Caseworker = Client(CaseworkerKey);
    }

    /// <summary>A client with the bootstrap admin key (memberships, keys).</summary>
    public HttpClient AdminClient() => Client(AdminKey);

    public HttpClient Client(string key)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<string> KeyAsync(HttpClient admin, string role, string? partyId)
    {
        var response = await admin.PostAsJsonAsync("admin/api-keys", new { role, partyId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@": (\w+) waited (-?[0-9]+) ms, applied in ([0-9]+) ms")]
    private static partial System.Text.RegularExpressions.Regex CommandTime();
}
