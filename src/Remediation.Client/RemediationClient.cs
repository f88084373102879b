using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Remediation.Contracts.Admin;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;
using Remediation.Contracts.Evidence;
using Remediation.Contracts.Notifications;
using Remediation.Contracts.Problems;
using Remediation.Contracts.Reports;

namespace Remediation.Client;

/// <summary>
/// The typed client of the Remediation API v1. Give it an <see cref="HttpClient"/> whose BaseAddress is the API
/// (<c>http://127.0.0.1:5080/api/v1/</c>) and whose default Authorization header carries the API key.
/// Problems surface as <see cref="RemediationApiException"/>; 429 and 503 are retried after Retry-After with the
/// same Idempotency-Key, so a retried command is applied once.
/// </summary>
public sealed partial class RemediationClient(HttpClient http, RemediationClientOptions? options = null)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };

    private readonly HttpClient http = http ?? throw new ArgumentNullException(nameof(http));
    private readonly RemediationClientOptions options = options ?? new RemediationClientOptions();

    /// <summary>
    /// Creates a client for <paramref name="baseAddress"/> (the server, or the API under it) with an API key.
    /// </summary>
    public static RemediationClient Create(
        Uri baseAddress, string apiKey, HttpMessageHandler? handler = null, RemediationClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var api = baseAddress.AbsolutePath.TrimEnd('/').EndsWith("/api/v1", StringComparison.Ordinal)
            ? baseAddress
            : new Uri(baseAddress, "/api/v1/");
        var http = new HttpClient(handler ?? new HttpClientHandler())
        {
            BaseAddress = new Uri(api.ToString().TrimEnd('/') + "/"),
            Timeout = TimeSpan.FromMinutes(2),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return new RemediationClient(http, options);
    }

    /// <summary>
    /// Creates a client for <paramref name="baseAddress"/> that sends an OpenID Connect access token from
    /// <paramref name="token"/> (for example <see cref="ClientCredentials.GetTokenAsync"/>) instead of an API key.
    /// </summary>
    public static RemediationClient Create(
        Uri baseAddress,
        Func<CancellationToken, ValueTask<string>> token,
        HttpMessageHandler? handler = null,
        RemediationClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        var client = Create(baseAddress, "token", new BearerTokenHandler(token, handler), options);
        client.http.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    // Cases

    public Task<CaseCreated> CreateCaseAsync(CreateCaseRequest grievance, CancellationToken cancellationToken = default) =>
        SendAsync<CaseCreated>(HttpMethod.Post, "cases", () => JsonContent.Create(grievance, options: Json), null, cancellationToken);

    public IAsyncEnumerable<CaseListItem> ListCasesAsync(CaseFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        if (filter?.Stage is { } stage)
        {
            query.Add("stage=" + stage);
        }

        Add(query, "supplierId", filter?.SupplierId);
        Add(query, "partnerId", filter?.PartnerId);
        Add(query, "overdue", filter?.Overdue?.ToString().ToLowerInvariant());
        Add(query, "minEscalationLevel", filter?.MinEscalationLevel?.ToString(CultureInfo.InvariantCulture));
        return PagesAsync<CaseListItem>("cases", query, cancellationToken);
    }

    public Task<CaseView> GetCaseAsync(string caseId, CancellationToken cancellationToken = default) =>
        SendAsync<CaseView>(HttpMethod.Get, $"cases/{Escape(caseId)}", null, null, cancellationToken);

    public IAsyncEnumerable<TimelineEntry> GetTimelineAsync(string caseId, CancellationToken cancellationToken = default) =>
        PagesAsync<TimelineEntry>($"cases/{Escape(caseId)}/timeline", [], cancellationToken);

    public Task<TimelineVerification> VerifyTimelineAsync(string caseId, CancellationToken cancellationToken = default) =>
        SendAsync<TimelineVerification>(HttpMethod.Get, $"cases/{Escape(caseId)}/timeline/verify", null, null, cancellationToken);

    public IAsyncEnumerable<LedgerLineView> GetWorkersAsync(string caseId, CancellationToken cancellationToken = default) =>
        PagesAsync<LedgerLineView>($"cases/{Escape(caseId)}/workers", [], cancellationToken);

    // Commands: each answers the command's status (queued, or applied when waited for); a refusal throws.

    public Task<CommandStatus> AddWorkersAsync(
        string caseId, AddWorkersRequest workers, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "workers", workers, command, cancellationToken);

    public Task<CommandStatus> UploadWorkersAsync(
        string caseId,
        Stream sheet,
        SheetFormat format,
        IProgress<long>? progress = null,
        CommandOptions? command = null,
        CancellationToken cancellationToken = default) =>
        UploadCommandAsync(caseId, "workers", sheet, format, progress, command, cancellationToken);

    public Task<CommandStatus> TriageAsync(
        string caseId, TriageRequest triage, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "triage", triage, command, cancellationToken);

    public Task<CommandStatus> AcknowledgeAsync(string caseId, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "acknowledgement", new AcknowledgeRequest(), command, cancellationToken);

    public Task<CommandStatus> SubmitFindingsAsync(
        string caseId, FindingsRequest findings, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "findings", findings, command, cancellationToken);

    public Task<CommandStatus> DecideFindingsAsync(
        string caseId, FindingsDecisionRequest decision, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "findings/decision", decision, command, cancellationToken);

    public Task<CommandStatus> SubmitPlanAsync(
        string caseId, PlanRequest plan, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "plan", plan, command, cancellationToken);

    public Task<CommandStatus> DecidePlanAsync(
        string caseId, PlanDecisionRequest decision, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "plan/decision", decision, command, cancellationToken);

    public Task<CommandStatus> RecordPaymentsAsync(
        string caseId, PaymentsRequest payments, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "payments", payments, command, cancellationToken);

    public Task<CommandStatus> UploadPaymentsAsync(
        string caseId,
        Stream sheet,
        SheetFormat format,
        IProgress<long>? progress = null,
        CommandOptions? command = null,
        CancellationToken cancellationToken = default) =>
        UploadCommandAsync(caseId, "payments", sheet, format, progress, command, cancellationToken);

    public Task<CommandStatus> RecordVerificationsAsync(
        string caseId, ReceiptsRequest receipts, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "verifications", receipts, command, cancellationToken);

    public Task<CommandStatus> UploadVerificationsAsync(
        string caseId,
        Stream sheet,
        SheetFormat format,
        IProgress<long>? progress = null,
        CommandOptions? command = null,
        CancellationToken cancellationToken = default) =>
        UploadCommandAsync(caseId, "verifications", sheet, format, progress, command, cancellationToken);

    public Task<CommandStatus> ReportRetaliationAsync(
        string caseId, RetaliationReportRequest report, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "retaliation-reports", report, command, cancellationToken);

    public Task<CommandStatus> ExtendDeadlineAsync(
        string caseId, DeadlineExtensionRequest extension, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "deadline-extensions", extension, command, cancellationToken);

    public Task<CommandStatus> CloseCaseAsync(
        string caseId, CloseRequest close, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "close", close, command, cancellationToken);

    public Task<CommandStatus> AddNoteAsync(
        string caseId, NoteRequest note, CommandOptions? command = null, CancellationToken cancellationToken = default) =>
        CommandAsync(caseId, "notes", note, command, cancellationToken);

    public Task<CommandStatus> GetCommandStatusAsync(string caseId, string commandId, CancellationToken cancellationToken = default) =>
        SendAsync<CommandStatus>(HttpMethod.Get, $"cases/{Escape(caseId)}/commands/{Escape(commandId)}", null, null, cancellationToken);

    // Evidence

    public async Task<EvidenceView> UploadEvidenceAsync(
        string caseId,
        Stream file,
        string? contentType = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var bytes = await ReadAllAsync(file, cancellationToken).ConfigureAwait(false);
        return await SendAsync<EvidenceView>(
            HttpMethod.Post,
            $"cases/{Escape(caseId)}/evidence",
            () => Body(bytes, contentType ?? "application/octet-stream", progress),
            null,
            cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<EvidenceView> ListEvidenceAsync(string caseId, CancellationToken cancellationToken = default) =>
        PagesAsync<EvidenceView>($"cases/{Escape(caseId)}/evidence", [], cancellationToken);

    public async Task<byte[]> DownloadEvidenceAsync(string caseId, string evidenceId, CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(
            HttpMethod.Get, $"cases/{Escape(caseId)}/evidence/{Escape(evidenceId)}", null, null, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    // Reports, admin, problem types

    public Task<SummaryReport> GetSummaryReportAsync(CancellationToken cancellationToken = default) =>
        SendAsync<SummaryReport>(HttpMethod.Get, "reports/summary", null, null, cancellationToken);

    public async Task<string> GetCasesCsvAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(HttpMethod.Get, "reports/cases.csv", null, null, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<PartyView> RegisterPartyAsync(RegisterPartyRequest party, CancellationToken cancellationToken = default) =>
        SendAsync<PartyView>(HttpMethod.Post, "admin/parties", () => JsonContent.Create(party, options: Json), null, cancellationToken);

    public Task<ApiKeyIssued> IssueApiKeyAsync(IssueApiKeyRequest key, CancellationToken cancellationToken = default) =>
        SendAsync<ApiKeyIssued>(HttpMethod.Post, "admin/api-keys", () => JsonContent.Create(key, options: Json), null, cancellationToken);

    public async Task RevokeApiKeyAsync(string keyId, CancellationToken cancellationToken = default)
    {
        using var _ = await SendRawAsync(HttpMethod.Delete, $"admin/api-keys/{Escape(keyId)}", null, null, cancellationToken).ConfigureAwait(false);
    }

    // Webhook subscriptions (partners and suppliers for their party, admins for the caseworkers)

    /// <summary>Subscribes a webhook endpoint; the answer's Secret is shown this once.</summary>
    public Task<SubscriptionView> CreateSubscriptionAsync(CreateSubscriptionRequest subscription, CancellationToken cancellationToken = default) =>
        SendAsync<SubscriptionView>(HttpMethod.Post, "subscriptions", () => JsonContent.Create(subscription, options: Json), null, cancellationToken);

    /// <summary>Your subscriptions (at most 20).</summary>
    public async Task<IReadOnlyList<SubscriptionView>> ListSubscriptionsAsync(CancellationToken cancellationToken = default) =>
        (await SendAsync<Page<SubscriptionView>>(HttpMethod.Get, "subscriptions", null, null, cancellationToken).ConfigureAwait(false)).Items;

    public Task<SubscriptionView> GetSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken = default) =>
        SendAsync<SubscriptionView>(HttpMethod.Get, $"subscriptions/{Escape(subscriptionId)}", null, null, cancellationToken);

    public async Task DeleteSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        using var _ = await SendRawAsync(
            HttpMethod.Delete, $"subscriptions/{Escape(subscriptionId)}", null, null, cancellationToken).ConfigureAwait(false);
    }

    public Task<SubscriptionView> DisableSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken = default) =>
        SendAsync<SubscriptionView>(HttpMethod.Post, $"subscriptions/{Escape(subscriptionId)}/disable", null, null, cancellationToken);

    public Task<SubscriptionView> EnableSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken = default) =>
        SendAsync<SubscriptionView>(HttpMethod.Post, $"subscriptions/{Escape(subscriptionId)}/enable", null, null, cancellationToken);

    /// <summary>
    /// A new signing secret (shown this once); the old one keeps signing for <paramref name="overlapHours"/> (default 24).
    /// </summary>
    public Task<SubscriptionView> RotateSubscriptionSecretAsync(
        string subscriptionId, int? overlapHours = null, CancellationToken cancellationToken = default) =>
        SendAsync<SubscriptionView>(
            HttpMethod.Post,
            $"subscriptions/{Escape(subscriptionId)}/secret-rotations",
            () => JsonContent.Create(new RotateSecretRequest { OverlapHours = overlapHours }, options: Json),
            null,
            cancellationToken);

    /// <summary>The delivery log, newest first.</summary>
    public IAsyncEnumerable<DeliveryView> GetDeliveriesAsync(string subscriptionId, CancellationToken cancellationToken = default) =>
        PagesAsync<DeliveryView>($"subscriptions/{Escape(subscriptionId)}/deliveries", [], cancellationToken);

    public Task<DeliveryView> RetryDeliveryAsync(string subscriptionId, string deliveryId, CancellationToken cancellationToken = default) =>
        SendAsync<DeliveryView>(
            HttpMethod.Post, $"subscriptions/{Escape(subscriptionId)}/deliveries/{Escape(deliveryId)}/retry", null, null, cancellationToken);

    /// <summary>
    /// Reads a workers spreadsheet as the API would, storing nothing: its workers, or a problem listing each bad row and column.
    /// </summary>
    public Task<Contracts.Sheets.WorkersSheetPreview> PreviewWorkersSheetAsync(
        Stream sheet, SheetFormat format, CancellationToken cancellationToken = default) =>
        SheetAsync<Contracts.Sheets.WorkersSheetPreview>("sheets/workers", sheet, format, null, null, cancellationToken);

    /// <summary>Reads a findings spreadsheet (ref,category,amount,currency) as the API would, storing nothing.</summary>
    public Task<Contracts.Sheets.FindingsSheetPreview> PreviewFindingsSheetAsync(
        Stream sheet, SheetFormat format, CancellationToken cancellationToken = default) =>
        SheetAsync<Contracts.Sheets.FindingsSheetPreview>("sheets/findings", sheet, format, null, null, cancellationToken);

    /// <summary>Who this client's key is: its role and party.</summary>
    public Task<Contracts.Session.CallerView> GetCallerAsync(CancellationToken cancellationToken = default) =>
        SendAsync<Contracts.Session.CallerView>(HttpMethod.Get, "me", null, null, cancellationToken);

    public Task<ProblemType> GetProblemTypeAsync(string name, CancellationToken cancellationToken = default) =>
        SendAsync<ProblemType>(HttpMethod.Get, $"problems/{Escape(name)}", null, null, cancellationToken);

    private Task<CommandStatus> CommandAsync<T>(string caseId, string route, T body, CommandOptions? command, CancellationToken cancellationToken) =>
        SendAsync<CommandStatus>(
            HttpMethod.Post,
            $"cases/{Escape(caseId)}/{route}",
            () => JsonContent.Create(body, options: Json),
            command ?? new CommandOptions(),
            cancellationToken);

    private Task<CommandStatus> UploadCommandAsync(
        string caseId,
        string route,
        Stream sheet,
        SheetFormat format,
        IProgress<long>? progress,
        CommandOptions? command,
        CancellationToken cancellationToken) =>
        SheetAsync<CommandStatus>($"cases/{Escape(caseId)}/{route}", sheet, format, progress, command ?? new CommandOptions(), cancellationToken);

    /// <summary>POSTs a spreadsheet (read whole, so that a retry can send it again) as CSV or XLSX.</summary>
    private async Task<T> SheetAsync<T>(
        string path, Stream sheet, SheetFormat format, IProgress<long>? progress, CommandOptions? command, CancellationToken cancellationToken)
    {
        var bytes = await ReadAllAsync(sheet, cancellationToken).ConfigureAwait(false);
        var type = format == SheetFormat.Xlsx ? XlsxContentType : "text/csv";
        return await SendAsync<T>(HttpMethod.Post, path, () => Body(bytes, type, progress), command, cancellationToken).ConfigureAwait(false);
    }

    private async IAsyncEnumerable<T> PagesAsync<T>(string path, List<string> query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            var parts = new List<string>(query) { "pageSize=" + options.PageSize.ToString(CultureInfo.InvariantCulture) };
            Add(parts, "continuationToken", token);
            var page = await SendAsync<Page<T>>(
                HttpMethod.Get, path + "?" + string.Join("&", parts), null, null, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }

    private async Task<T> SendAsync<T>(
        HttpMethod method, string path, Func<HttpContent>? content, CommandOptions? command, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, content, command, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken).ConfigureAwait(false)
            ?? throw new RemediationApiException($"{method} {path} answered {(int)response.StatusCode} without a body.");
    }

    /// <summary>Sends, retrying 429 and 503 after Retry-After with the same Idempotency-Key; a problem answer throws.</summary>
    private async Task<HttpResponseMessage> SendRawAsync(
        HttpMethod method,
        string path,
        Func<HttpContent>? content,
        CommandOptions? command,
        CancellationToken cancellationToken,
        string? accept = null)
    {
        var idempotencyKey = command is null ? null : command.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path) { Content = content?.Invoke() };
            if (accept is not null)
            {
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
            }

            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            if (command?.Wait is { } wait)
            {
                request.Headers.Add("Prefer", "wait=" + ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
            }

            var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < options.MaxRetries)
                {
                    await Task.Delay(RetryDelay(response, attempt), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw new RemediationApiException(await ProblemOfAsync(response, cancellationToken).ConfigureAwait(false));
            }
        }
    }

    private TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        var delay = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => TimeSpan.FromSeconds(Math.Pow(2, attempt)),
        };
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay;
    }

    private static async Task<ProblemDetails> ProblemOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json"
                && await response.Content.ReadFromJsonAsync<ProblemDetails>(Json, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                return problem;
            }
        }
        catch (JsonException)
        {
            // Not a problem document: described below from the status alone.
        }

        var status = (int)response.StatusCode;
        return new ProblemDetails { Type = ProblemTypes.ForStatus(status).Uri, Title = response.ReasonPhrase ?? "Error", Status = status };
    }

    private static HttpContent Body(byte[] bytes, string contentType, IProgress<long>? progress)
    {
        var content = new ProgressContent(bytes, progress);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    /// <summary>Uploads are buffered once so that a retry can send them again.</summary>
    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (value is not null)
        {
            query.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment ?? throw new ArgumentNullException(nameof(segment)));
}
