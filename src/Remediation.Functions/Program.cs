using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Remediation.Api.Composition;
using Remediation.Functions.Hosting;
using Remediation.Storage;

var app = FunctionsApplication.CreateBuilder(args).ConfigureRemediation().Build();
// Options are checked before anything runs: one line naming every bad setting, in the host's log.
if (InvalidOptions.Find(app.Services) is { } invalid)
{
    await Console.Error.WriteLineAsync($"Invalid configuration: {invalid}");
    return 1;
}

await app.Services.EnsureStorageAsync();
await app.RunAsync();
return 0;
