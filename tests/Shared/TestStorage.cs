using Remediation.Storage;
using Remediation.Development;
using Remediation.Storage.Limits;

namespace Remediation.Testing;

/// <summary>
/// One Azurite per test process, started on free 127.0.0.1 ports (installed with npm ci when missing) and stopped
/// when the process ends; or the storage named by REMEDIATION_TEST_STORAGE. Each test gets tables of its own by a
/// unique prefix, so tests run in parallel without seeing each other's data.
/// </summary>
internal static class TestStorage
{
    public const string ConnectionVariable = "REMEDIATION_TEST_STORAGE";

    private static readonly Lazy<Task<string>> Connection = new(StartAsync);
    private static AzuriteEmulator? emulator;

    public static Task<string> ConnectionStringAsync() => Connection.Value;

    /// <summary>Fresh, created tables with a prefix no other test uses.</summary>
    public static async Task<RemediationTables> NewTablesAsync(Azure.Core.Pipeline.HttpPipelinePolicy? policy = null)
    {
        var options = new Azure.Data.Tables.TableClientOptions();
        TableLimits.Apply(options);
        if (policy is not null)
        {
            options.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerCall);
        }

        var tables = new RemediationTables(new Azure.Data.Tables.TableServiceClient(await ConnectionStringAsync().ConfigureAwait(false), options), "t" + Guid.NewGuid().ToString("N")[..12]);
        await tables.EnsureCreatedAsync().ConfigureAwait(false);
        return tables;
    }

    /// <summary>Fresh, created blob containers with a prefix no other test uses.</summary>
    public static async Task<RemediationBlobs> NewBlobsAsync()
    {
        var blobs = new RemediationBlobs(await ConnectionStringAsync().ConfigureAwait(false), "t" + Guid.NewGuid().ToString("N")[..12]);
        await blobs.EnsureCreatedAsync().ConfigureAwait(false);
        return blobs;
    }

    /// <summary>The settings of the tests' key ring, for hosts a test configures as for production.</summary>
    public static IReadOnlyDictionary<string, string> KeySettings { get; } = new Dictionary<string, string>
    {
        ["Remediation:Keys:Current"] = "test",
        ["Remediation:Keys:Ring:test"] = "dGVzdHMgb25seTogYSBrZXkgb2YgdGhlIHRlc3Qgc3VpdGUsIDQ0IGJ5dGVzIQ==",
    };

    /// <summary>The tests' key ring: the one <see cref="KeySettings"/> configure.</summary>
    public static Domain.Keys.KeyRing Keys { get; } = new Domain.Keys.KeyRingOptions
    {
        Current = "test",
        Ring = { ["test"] = "dGVzdHMgb25seTogYSBrZXkgb2YgdGhlIHRlc3Qgc3VpdGUsIDQ0IGJ5dGVzIQ==" },
    }.ToRing();

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } given)
        {
            return given;
        }

        emulator = await AzuriteEmulator.StartAsync(new AzuriteOptions { InMemory = true }).ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return emulator.ConnectionString;
    }
}
