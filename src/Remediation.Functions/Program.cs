using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Remediation.Api;
using Remediation.Domain.Deadlines;
using Remediation.Functions.Hosting;
using Remediation.Notifications;
using Remediation.Storage;
using Remediation.Workflows;
using Remediation.Workflows.Sending;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// Functions bind a durable client to each invocation; the shared services read it from there.
builder.Services.AddSingleton<IDurableClientSource, InvocationDurableClient>();
builder.Services.AddRemediationStorage(StorageConnection.From(builder.Configuration), builder.Configuration["Remediation:TablePrefix"] ?? string.Empty);
builder.Services.AddRemediationWorkflowServices();
builder.Services.AddRemediationApi();
builder.Services.AddRemediationNotifications(builder.Configuration, builder.Environment.IsDevelopment());
builder.Services.AddFunctionsTelemetry(builder.Configuration);
builder.Services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.SectionName));
builder.Services.Configure<DeadlinePolicy>(builder.Configuration.GetSection(DeadlinePolicy.SectionName));
builder.Services.Configure<VerificationPolicy>(builder.Configuration.GetSection(VerificationPolicy.SectionName));

var app = builder.Build();
await app.Services.EnsureStorageAsync();
await app.RunAsync();
