using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remediation.Client;
using Remediation.Contracts.Admin;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;
using Remediation.Testing;

namespace Remediation.Server.Tests;

/// <summary>
/// Drives cases through the public API with the typed client, as the partner's, the supplier's and the
/// caseworker's systems would, waiting after each command until GET /cases/{id} shows its effect. Every response
/// is checked against the committed API document.
/// </summary>
internal sealed class ApiDriver : IDisposable
{
    private ApiDriver(ServerProcess server, IReadOnlyList<string> keys)
    {
        Keys = keys;
        Partner = server.Client(keys[0]);
        Supplier = server.Client(keys[1]);
        Caseworker = server.Client(keys[2]);
        PartnerApi = new RemediationClient(Partner);
        SupplierApi = new RemediationClient(Supplier);
        CaseworkerApi = new RemediationClient(Caseworker);
    }

    /// <summary>The secrets of the keys this driver uses (for checking that they never show up in logs).</summary>
    public IReadOnlyList<string> Keys { get; }

    public HttpClient Partner { get; }

    public HttpClient Supplier { get; }

    public HttpClient Caseworker { get; }

    public RemediationClient PartnerApi { get; }

    public RemediationClient SupplierApi { get; }

    public RemediationClient CaseworkerApi { get; }

    public static async Task<ApiDriver> ConnectAsync(ServerProcess server)
    {
        using var http = server.Client(ServerProcess.AdminKey);
        var admin = new RemediationClient(http);
        foreach (var (kind, id) in new[] { (PartyKind.Partner, "MWRN"), (PartyKind.Supplier, "SUP-CALCOMP") })
        {
            try
            {
                await admin.RegisterPartyAsync(new RegisterPartyRequest { Kind = kind, Id = id, Name = id });
            }
            catch (RemediationApiException e) when (e.Status == System.Net.HttpStatusCode.Conflict)
            {
                // Registered by an earlier driver on the same storage.
            }
        }

        var keys = new[]
        {
            (await admin.IssueApiKeyAsync(new IssueApiKeyRequest { Role = ApiRole.Partner, PartyId = "MWRN" })).Key,
            (await admin.IssueApiKeyAsync(new IssueApiKeyRequest { Role = ApiRole.Supplier, PartyId = "SUP-CALCOMP" })).Key,
            (await admin.IssueApiKeyAsync(new IssueApiKeyRequest { Role = ApiRole.Caseworker })).Key,
        };
        return new ApiDriver(server, keys);
    }

    public async Task<string> OpenAsync(string reference, int workers) =>
        (await PartnerApi.CreateCaseAsync(new CreateCaseRequest
        {
            PartnerReference = reference,
            Factory = new FactoryRequest { Name = "Cal-Comp Electronics", Country = "TH", Site = "Phetchaburi" },
            SupplierId = "SUP-CALCOMP",
            Summary = "Myanmar workers paid recruitment fees of about 20,000 THB to agents.",
            Priority = Priority.Standard,
            Workers = [.. Enumerable.Range(1, workers).Select(i => new WorkerRequest
            {
                Ref = $"MM-{i:D4}",
                Nationality = "MM",
                HiredOn = new DateOnly(2016, 3, 1),
                EmploymentStatus = EmploymentStatus.Current,
                Fees = [new FeeRequest { Category = FeeCategory.RecruitmentFee, Amount = 20000m + i, Currency = "THB", PaidTo = "agent", PaidOn = new DateOnly(2015, 12, 1) }],
            })],
        })).CaseId;

    public async Task TriageAsync(string caseId)
    {
        await CaseworkerApi.TriageAsync(caseId, new TriageRequest { Accept = true, SupplierId = "SUP-CALCOMP", Contracts = ["CCS-1"] });
        await WaitAsync(caseId, c => Stage(c) == "SupplierAcknowledgement");
    }

    public async Task AcknowledgeAsync(string caseId)
    {
        await SupplierApi.AcknowledgeAsync(caseId);
        await WaitAsync(caseId, c => Stage(c) == "Investigation");
    }

    public async Task SubmitFindingsAsync(string caseId)
    {
        var lines = await LinesAsync(caseId);
        await SupplierApi.SubmitFindingsAsync(caseId, new FindingsRequest
        {
            Basis = RepaymentBasis.ZeroFee,
            RootCause = "Agents charged fees the employer did not pay.",
            Workers = [.. lines.Select(l => new WorkerFindings { Ref = l.Ref, Confirmed = [new ConfirmedFee { Category = FeeCategory.RecruitmentFee, Amount = l.Claimed, Currency = "THB" }] })],
        });
        await WaitAsync(caseId, c => c.GetProperty("findingsAwaitingDecision").GetBoolean());
    }

    public async Task AcceptFindingsAsync(string caseId)
    {
        await CaseworkerApi.DecideFindingsAsync(caseId, new FindingsDecisionRequest { Accept = true });
        await WaitAsync(caseId, c => Stage(c) == "RemediationPlan");
    }

    public async Task PlanAsync(string caseId)
    {
        var confirmed = Amount(await GetAsync(caseId), "confirmed");
        var half = decimal.Round(confirmed / 2, 2);
        var now = DateTimeOffset.UtcNow;
        await SupplierApi.SubmitPlanAsync(caseId, new PlanRequest
        {
            Instalments =
            [
                new InstalmentRequest { Number = 1, DueAt = now.AddDays(20), Amounts = [new MoneyAmount { Amount = half, Currency = "THB" }] },
                new InstalmentRequest { Number = 2, DueAt = now.AddDays(40), Amounts = [new MoneyAmount { Amount = confirmed - half, Currency = "THB" }] },
            ],
        });
        await WaitAsync(caseId, c => c.GetProperty("planAwaitingDecision").GetBoolean());
        await CaseworkerApi.DecidePlanAsync(caseId, new PlanDecisionRequest { Approve = true });
        await WaitAsync(caseId, c => Stage(c) == "Reimbursement");
    }

    /// <summary>Pays each worker <paramref name="share"/> of what is outstanding, as a payroll CSV; payment ids are per worker and batch, so a resend counts once.</summary>
    public async Task PayAsync(string caseId, decimal share, string batch, bool wait = true)
    {
        var owed = (await LinesAsync(caseId)).Where(l => l.Outstanding > 0).ToList();
        if (owed.Count == 0)
        {
            // Paid meanwhile (a payment still in flight when the caller looked): nothing left to send.
            return;
        }

        var csv = new StringBuilder("ref,paymentId,amount,currency,paidOn,method\r\n");
        foreach (var line in owed)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{line.Ref},{batch}-{line.Ref},{(share == 1m ? line.Outstanding : decimal.Round(line.Outstanding * share, 2))},THB,2026-01-15,bank_transfer\r\n");
        }

        using var sheet = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
        await SupplierApi.UploadPaymentsAsync(caseId, sheet, SheetFormat.Csv, command: new CommandOptions { IdempotencyKey = $"{batch}-payments" });
        if (wait)
        {
            var expected = share == 1m ? "Verification" : "Reimbursement";
            await WaitAsync(caseId, c => Stage(c) == expected && Amount(c, "paid") > 0);
        }
    }

    public async Task ConfirmReceiptsAsync(string caseId)
    {
        var lines = await LinesAsync(caseId);
        await PartnerApi.RecordVerificationsAsync(caseId, new ReceiptsRequest
        {
            Receipts = [.. lines.Select(l => new ReceiptRequest { Ref = l.Ref, ReceiptId = "rc-" + l.Ref, Received = true, Amount = l.Paid, Currency = "THB", Method = "bank_transfer", ConfirmedOn = new DateOnly(2026, 2, 1) })],
        });
        await WaitAsync(caseId, c => c.GetProperty("workers").GetProperty("byStatus").TryGetProperty("Verified", out var v) && v.GetInt32() == lines.Count);
    }

    public async Task CloseRemediatedAsync(string caseId)
    {
        await CaseworkerApi.CloseCaseAsync(caseId, new CloseRequest { Outcome = CloseOutcome.Remediated });
        await WaitAsync(caseId, c => Stage(c) == "Closed");
    }

    /// <summary>The partner issues codes for the verification sample: each worker's code by reference.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SampleCodesAsync(string caseId)
    {
        var issued = await Partner.PostAsJsonAsync($"cases/{caseId}/confirmation-codes", new { sample = true });
        issued.EnsureSuccessStatusCode();
        return (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes").EnumerateArray()
            .ToDictionary(c => c.GetProperty("ref").GetString()!, c => c.GetProperty("code").GetString()!);
    }

    /// <summary>The anti-forgery token of a worker page's form, as a browser sends it back.</summary>
    public static string FormToken(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

    public async Task<JsonElement> GetAsync(string caseId) => await Caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}");

    public async Task<JsonElement> WaitAsync(string caseId, Func<JsonElement, bool> condition, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var view = await GetAsync(caseId);
            if (condition(view))
            {
                return view;
            }

            Assert.True(DateTime.UtcNow < until, $"Case {caseId} did not get there in {seconds} s; it is {view}");
            await Task.Delay(100);
        }
    }

    public async Task<IReadOnlyList<Line>> LinesAsync(string caseId)
    {
        var lines = new List<Line>();
        await foreach (var w in CaseworkerApi.GetWorkersAsync(caseId))
        {
            var totals = w.Totals[0];
            lines.Add(new Line(w.Ref, Parse(totals.Claimed), Parse(totals.Paid), Parse(totals.Outstanding), Parse(totals.Verified), w.Payments.Count));
        }

        return lines;
    }

    public static string Stage(JsonElement view) => view.GetProperty("stage").GetString()!;

    public static decimal Amount(JsonElement view, string total) => view.GetProperty("totals").EnumerateArray().Sum(t => Parse(t.GetProperty(total).GetString()!));

    public void Dispose()
    {
        Partner.Dispose();
        Supplier.Dispose();
        Caseworker.Dispose();
    }

    private static decimal Parse(string amount) => decimal.Parse(amount, CultureInfo.InvariantCulture);

    public sealed record Line(string Ref, decimal Claimed, decimal Paid, decimal Outstanding, decimal Verified, int Payments);
}
