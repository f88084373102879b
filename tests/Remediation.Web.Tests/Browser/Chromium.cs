using System.Diagnostics;

namespace Remediation.Web.Tests.Browser;

/// <summary>
/// The browser the end-to-end tests drive: Debian's chromium (Playwright's own download cannot reach its servers
/// here). Installed with apt-get when missing and we may (root, as on CI); otherwise one line says what to install.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static async Task<string> ExecutableAsync()
    {
        if (Find() is { } found)
        {
            return found;
        }

        await Installing.WaitAsync();
        try
        {
            if (Find() is { } installed)
            {
                return installed;
            }

            if (Environment.UserName != "root")
            {
                throw new InvalidOperationException("The browser tests need Chromium: run 'sudo apt-get install -y chromium' (Debian/Ubuntu) and test again.");
            }

            await RunAsync("apt-get", "update");
            await RunAsync("apt-get", "install", "-y", "--no-install-recommends", "chromium");
            return Find() ?? throw new InvalidOperationException("apt-get installed no chromium; run 'apt-get install -y chromium' and test again.");
        }
        finally
        {
            Installing.Release();
        }
    }

    private static string? Find() => Candidates.FirstOrDefault(File.Exists);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}{await output}");
        }
    }
}
