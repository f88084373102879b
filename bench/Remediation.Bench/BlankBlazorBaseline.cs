using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Remediation.Bench;

/// <summary>
/// The console's same-run baseline: the empty Blazor WebAssembly template of this SDK (dotnet new blazorwasm),
/// published in Release and served from loopback: what the runtime alone costs on this machine before any of our code.
/// </summary>
internal sealed class BlankBlazorBaseline : IAsyncDisposable
{
    private readonly string folder;
    private readonly WebApplication site;

    private BlankBlazorBaseline(string folder, WebApplication site, Uri address)
    {
        this.folder = folder;
        this.site = site;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BlankBlazorBaseline> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "remediation-blank-blazor-" + Guid.NewGuid().ToString("N")[..8]);
        await RunAsync("dotnet", "new", "blazorwasm", "-o", folder, "-n", "Blank");
        await RunAsync("dotnet", "publish", folder, "-c", "Release", "-o", Path.Combine(folder, "out"), "--nologo", "-v", "q");
        var root = new PhysicalFileProvider(Path.Combine(folder, "out", "wwwroot"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var site = builder.Build();
        site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = root });
        site.UseStaticFiles(new StaticFileOptions { FileProvider = root, ServeUnknownFileTypes = true, ContentTypeProvider = new FileExtensionContentTypeProvider() });
        await site.StartAsync();
        var address = new Uri(site.Urls.First() + "/");
        return new BlankBlazorBaseline(folder, site, address);
    }

    public async ValueTask DisposeAsync()
    {
        await site.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {await output}{errors}");
        }
    }
}
