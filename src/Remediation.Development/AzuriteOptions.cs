namespace Remediation.Development;

/// <summary>How to run the Azurite storage emulator for development and tests.</summary>
public sealed record AzuriteOptions
{
    /// <summary>Folder for Azurite's data; a fresh temporary folder (deleted afterwards) when null.</summary>
    public string? DataFolder { get; init; }

    /// <summary>Keep data in memory only: fastest, for tests.</summary>
    public bool InMemory { get; init; }

    /// <summary>Where to look for package.json / package-lock.json; found by walking up from the app's folder when null.</summary>
    public string? RepositoryRoot { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Listen on Azurite's usual ports (10000-10002), so that <c>UseDevelopmentStorage=true</c> reaches it; free ports otherwise.</summary>
    public bool DefaultPorts { get; init; }

    /// <summary>Listen on these ports (blob, queue, table), for a restart that must come back where it was.</summary>
    public (int Blob, int Queue, int Table)? Ports { get; init; }

    /// <summary>
    /// Run Azurite in a process group of its own (setsid), so that a terminal's Ctrl-C reaches only the server, which
    /// then stops its engine before it stops Azurite.
    /// </summary>
    public bool OwnProcessGroup { get; init; }
}
