using Microsoft.Extensions.Configuration;
using Remediation.Composition;
using Remediation.Notifications;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Remediation.Api;
using Remediation.Api.Composition;
using Remediation.Domain.Cases;
using Remediation.Domain.Geography;
using Remediation.Domain.Inbox;
using Remediation.Domain.Intake;
using Remediation.Domain.Ledger;
using Remediation.Domain.Notifications;
using Remediation.Domain.Paging;
using Remediation.Domain.Parties;
using Remediation.Domain.Payloads;
using Remediation.Domain.Timeline;
using Remediation.Functions.Hosting;
using Remediation.Workflows;
using Remediation.Workflows.Sending;

namespace Remediation.Functions.Tests;

/// <summary>
/// The function classes over mocked stores and a mocked <see cref="DurableTaskClient"/>: enough to see that each
/// function runs its handler, reaches the right orchestration instance and answers with the right status.
/// </summary>
internal sealed class FunctionRig
{
    public const string AdminKey = "function-tests-bootstrap-admin-key";
    public static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public FunctionRig(IReadOnlyDictionary<string, string?>? settings = null)
    {
        Client.Setup(c => c.RaiseEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        Client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TaskName _, object? _, StartOrchestrationOptions? o, CancellationToken _) => o!.InstanceId!);
        Ledger.Setup(l => l.GetSummaryAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(LedgerSummary.Empty);
        Ledger.Setup(l => l.AddLinesAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<LedgerLine>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new LedgerWrite(LedgerSummary.Empty, 1, new Dictionary<string, Domain.Rules.Refusal>()));
        Cases.Setup(c => c.CreateAsync(It.IsAny<Case>(), It.IsAny<CancellationToken>())).ReturnsAsync(SaveResult.Saved("v1"));
        Commands.Setup(c => c.QueuedAsync(It.IsAny<CommandRecord>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((CommandRecord r, CancellationToken _) => r);
        Cases.Setup(c => c.ReadAllAsync(It.IsAny<CancellationToken>())).Returns(AsyncEnumerable.Empty<Case>());
        Facts.Setup(f => f.RevisionsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new Dictionary<string, long>());
        Facts.Setup(f => f.DashboardAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new Domain.Reporting.CaseAggregate());
        Facts.Setup(f => f.AllCasesAsync(It.IsAny<CancellationToken>())).Returns(AsyncEnumerable.Empty<Domain.Reporting.CaseContribution>());
        Facts.Setup(f => f.SupplierCasesAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(AsyncEnumerable.Empty<Domain.Reporting.CaseContribution>());
        Contracts.Setup(c => c.ListAsync(It.IsAny<string?>(), It.IsAny<PageRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Paged<Domain.Procurement.BuyerContract>([], null));
        Timeline.Setup(t => t.AppendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<TimelineRecord>>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);

        // The composition root the app uses, then mocks in place of the stores (the last registration wins).
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IDurableClientSource, InvocationDurableClient>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Remediation:BootstrapAdminKey"] = AdminKey,
            ["Remediation:BootstrapAdminKeyExpiresOn"] = "2099-01-01T00:00:00Z",
            ["Remediation:Keys:Current"] = "rig",
            ["Remediation:Keys:Ring:rig"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("functions tests only: a key of the rig, 44 bytes")),
        }.Concat(settings ?? new Dictionary<string, string?>())).Build();
        services.AddRemediation(configuration, development: false);
        foreach (var (type, mock) in new (Type, Mock)[]
                 {
                     (typeof(ICaseStore), Cases), (typeof(ICaseIndex), Index), (typeof(ILedgerStore), Ledger), (typeof(ITimelineStore), Timeline),
                     (typeof(IIntakeRegistry), Intakes), (typeof(INotificationOutbox), Outbox), (typeof(IPayloadStore), Payloads), (typeof(ICommandInbox), Inbox),
                     (typeof(IPartyStore), Parties), (typeof(IApiKeyStore), Keys), (typeof(Domain.Evidence.IEvidenceStore), Evidence), (typeof(ICommandLog), Commands),
                     (typeof(ISubscriptionStore), Subscriptions), (typeof(IDeliveryStore), Deliveries), (typeof(IDeliveryScheduler), Scheduler),
                     (typeof(Domain.Members.IMemberStore), Members), (typeof(Domain.Audit.IAuditLog), Audit),
                     (typeof(Domain.Reporting.IReportFacts), Facts), (typeof(Domain.Procurement.IContractStore), Contracts),
                     (typeof(Domain.PublicReports.IPublicReportStore), PublicReports),
                 })
        {
            services.AddSingleton(type, mock.Object);
        }

        Services = services.BuildServiceProvider();
    }

    public Mock<DurableTaskClient> Client { get; } = new("test");

    public Mock<ICaseStore> Cases { get; } = new();

    public Mock<ICaseIndex> Index { get; } = new();

    public Mock<ILedgerStore> Ledger { get; } = new();

    public Mock<ITimelineStore> Timeline { get; } = new();

    public Mock<IIntakeRegistry> Intakes { get; } = new();

    public Mock<INotificationOutbox> Outbox { get; } = new();

    public Mock<IPayloadStore> Payloads { get; } = new();

    public Mock<ICommandInbox> Inbox { get; } = new();

    public Mock<IPartyStore> Parties { get; } = new();

    public Mock<IApiKeyStore> Keys { get; } = new();

    public Mock<Domain.Evidence.IEvidenceStore> Evidence { get; } = new();

    public Mock<ICommandLog> Commands { get; } = new();

    public Mock<ISubscriptionStore> Subscriptions { get; } = new();

    public Mock<Domain.Members.IMemberStore> Members { get; } = new();

    public Mock<Domain.Audit.IAuditLog> Audit { get; } = new();

    public Mock<IDeliveryStore> Deliveries { get; } = new();

    public Mock<IDeliveryScheduler> Scheduler { get; } = new();

    public Mock<Domain.Reporting.IReportFacts> Facts { get; } = new();

    public Mock<Domain.Procurement.IContractStore> Contracts { get; } = new();

    public Mock<Domain.PublicReports.IPublicReportStore> PublicReports { get; } = new();

    public ServiceProvider Services { get; }

    public T Get<T>()
        where T : notnull => ActivatorUtilities.CreateInstance<T>(Services);

    /// <summary>A stored case of PART-1 against SUP-1 in <paramref name="stage"/>.</summary>
    public Case StoreCase(string caseId, Stage stage, bool orchestrationRunning = true)
    {
        var @case = new Case
        {
            Id = caseId, PartnerId = "PART-1", PartnerReference = "REF-1", SupplierId = "SUP-1", Factory = new Factory("Cal-Comp", Country.Of("TH"), null),
            Summary = "Fees.", Stage = stage, AcceptedAt = stage == Stage.Triage ? null : Now, OpenedAt = Now, StageEnteredAt = Now, UpdatedAt = Now, Deadline = Now.AddDays(5),
        };
        Cases.Setup(c => c.GetAsync(caseId, It.IsAny<CancellationToken>())).ReturnsAsync(new Versioned<Case>(@case, "v1"));
        Client.Setup(c => c.GetInstanceAsync(caseId, It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(orchestrationRunning ? new OrchestrationMetadata("CaseOrchestrator", caseId) { RuntimeStatus = OrchestrationRuntimeStatus.Running } : null);
        return @case;
    }

    public static HttpRequest Request(string method, string? json = null, string? key = AdminKey)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Request.Method = method;
        if (key is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + key;
        }

        if (json is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = bytes.Length;
            context.Request.Body = new MemoryStream(bytes);
        }

        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    /// <summary>Writes the function's result as the Functions host would and returns the status code.</summary>
    public static async Task<int> StatusOf(IActionResult result, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(request);
        await result.ExecuteResultAsync(new ActionContext(request.HttpContext, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
        return request.HttpContext.Response.StatusCode;
    }

    /// <summary>A key store that knows one key for the given role and party.</summary>
    public string KeyFor(Role role, string? partyId)
    {
        var secret = $"key-{role}-{partyId}";
        Keys.Setup(k => k.FindAsync(Api.Authentication.ApiKeySecret.Hash(secret), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ApiKey($"id-{role}", role, partyId, Now, null, false));
        return secret;
    }

    public void IndexReturns(params CaseListItem[] items) =>
        Index.Setup(i => i.QueryAsync(It.IsAny<CaseQuery>(), It.IsAny<DateTimeOffset>(), It.IsAny<PageRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Paged<CaseListItem>(items, null));
}
