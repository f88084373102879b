using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Remediation.Server.Demo;

/// <summary>
/// <c>--demo</c>: three realistic cases loaded through the public API, as partners, suppliers and caseworkers would:
/// a Cal-Comp-like case (10,570 Myanmar workers, about 20,000 THB each, zero-fee basis) in Reimbursement with the
/// first instalment paid; a Top Glove-like case (Nepal and Bangladesh workers, MYR and USD) on an instalment plan;
/// and a small Woolworths-like case already verified and closed.
/// </summary>
public static class DemoCases
{
    public static async Task LoadAsync(Uri api, DemoKeys keys, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(keys);
        try
        {
            using var partner = Client(api, keys.Partner);
            using var supplier = Client(api, keys.Supplier);
            using var caseworker = Client(api, keys.Caseworker);
            var demo = new Session(partner, supplier, caseworker, stopping);
            var now = DateTimeOffset.UtcNow;

            // The contract the demo cases name at triage (already there when the demo is loaded again: 409).
            using var contract = await caseworker.PostAsJsonAsync(
                "contracts",
                new
                {
                    id = DemoContracts[0], buyer = "Crown Commercial Service", supplierId = DemoKeys.SupplierId, valueBand = "10m-100m",
                    valueCurrency = "GBP", startsOn = "2025-04-01", endsOn = "2029-03-31", title = "Technology Products and Associated Services",
                },
                stopping);

            var calComp = await demo.OpenAsync(
                Grievance("DEMO-CALCOMP", "Cal-Comp Electronics", "TH", DemoKeys.SupplierId, "MM", 1, 5000, ("THB", 17000m, 3000)));
            await demo.AddWorkersAsync(calComp, 5001, 5000, "MM", ("THB", 17000m, 3000));
            await demo.AddWorkersAsync(calComp, 10001, 570, "MM", ("THB", 17000m, 3000));
            await demo.ThroughFindingsAsync(calComp, DemoKeys.SupplierId);
            await demo.PlanAsync(calComp, now.AddDays(30), now.AddDays(60));
            await demo.PayAsync(calComp, 0.5m, "2019-12");
            Console.WriteLine($"Demo: Cal-Comp-like case {calComp} (10,570 workers, THB) is in Reimbursement, first instalment paid.");

            var topGlove = await demo.OpenAsync(
                Grievance("DEMO-TOPGLOVE", "Glove factory", "MY", DemoKeys.SupplierId, "NP", 1, 120, ("USD", 1500m, 300), medicalInMyr: true));
            await demo.AddWorkersAsync(topGlove, 121, 80, "BD", ("USD", 4000m, 800), medicalInMyr: true);
            await demo.ThroughFindingsAsync(topGlove, DemoKeys.SupplierId);
            await demo.PlanAsync(topGlove, now.AddDays(30), now.AddDays(80));
            Console.WriteLine(
                $"Demo: Top Glove-like case {topGlove} (200 Nepali and Bangladeshi workers, USD and MYR) " +
                "is in Reimbursement on a two-instalment plan.");

            var woolworths = await demo.OpenAsync(
                Grievance("DEMO-WOOLWORTHS", "Food packaging supplier", "MY", DemoKeys.SupplierId, "NP", 1, 230, ("MYR", 3000m, 700)));
            await demo.ThroughFindingsAsync(woolworths, DemoKeys.SupplierId);
            await demo.PlanAsync(woolworths, now.AddDays(20), now.AddDays(40));
            await demo.PayAsync(woolworths, 1m, "2021");
            await demo.VerifyAndCloseAsync(woolworths, 230);
            Console.WriteLine($"Demo: Woolworths-like case {woolworths} (230 workers, MYR) was verified by the partner and closed as remediated.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The demo runs beside the server; whatever stops it is reported, never left unobserved.
            Console.WriteLine($"Demo: loading stopped: {e.Message}");
        }
    }

    private static HttpClient Client(Uri api, string key)
    {
        var client = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static object Grievance(
        string reference,
        string factory,
        string country,
        string supplierId,
        string nationality,
        int first,
        int count,
        (string Currency, decimal Base, int Spread) fee,
        bool medicalInMyr = false) => new
    {
        partnerReference = reference,
        factory = new { name = factory, country, site = "Main plant" },
        supplierId,
        summary = $"{count} migrant workers paid recruitment fees to agents and brokers in their home country.",
        priority = "priority",
        indicators = new[] { "debt_bondage", "deception" },
        workers = Workers(first, count, nationality, fee, medicalInMyr),
    };

    /// <summary>Workers with a recruitment fee; workers in Malaysia also paid a medical check in MYR on arrival.</summary>
    private static object[] Workers(
        int first, int count, string nationality, (string Currency, decimal Base, int Spread) fee, bool medicalInMyr = false) =>
    [
        .. Enumerable.Range(first, count).Select(i => new
        {
            @ref = $"{nationality}-{i:D5}",
            nationality,
            hiredOn = "2016-03-01",
            employmentStatus = i % 4 == 0 ? "former" : "current",
            fees = medicalInMyr
                ? new[] { Fee("recruitment_fee", fee.Base + (i % fee.Spread), fee.Currency, "agent"), Fee("medical", 250m, "MYR", "clinic") }
                : new[] { Fee("recruitment_fee", fee.Base + (i % fee.Spread), fee.Currency, "agent") },
        }),
    ];

    private static object Fee(string category, decimal amount, string currency, string paidTo) =>
        new { category, amount, currency, paidTo, paidOn = "2019-12-01" };

    private static readonly string[] DemoContracts = ["CCS-RM6068-DEMO"];

    private sealed class Session(HttpClient partner, HttpClient supplier, HttpClient caseworker, CancellationToken stopping)
    {
        public async Task<string> OpenAsync(object grievance)
        {
            var response = await Ok(partner.PostAsJsonAsync("cases", grievance, stopping));
            return (await response.Content.ReadFromJsonAsync<JsonElement>(stopping)).GetProperty("caseId").GetString()!;
        }

        public async Task AddWorkersAsync(
            string caseId, int first, int count, string nationality, (string Currency, decimal Base, int Spread) fee, bool medicalInMyr = false)
        {
            var before = await WorkersAsync(caseId);
            await Ok(partner.PostAsJsonAsync(
                $"cases/{caseId}/workers", new { workers = Workers(first, count, nationality, fee, medicalInMyr) }, stopping));
            await WaitAsync(caseId, c => c.GetProperty("workers").GetProperty("total").GetInt32() == before + count);
        }

        public async Task ThroughFindingsAsync(string caseId, string supplierId)
        {
            await Ok(caseworker.PostAsJsonAsync(
                $"cases/{caseId}/triage",
                new { accept = true, supplierId, contracts = DemoContracts, priority = "priority" },
                stopping));
            await WaitAsync(caseId, c => c.GetProperty("stage").GetString() == "SupplierAcknowledgement");
            await Ok(supplier.PostAsync($"cases/{caseId}/acknowledgement", null, stopping));
            await WaitAsync(caseId, c => c.GetProperty("stage").GetString() == "Investigation");
            string? token = null;
            do
            {
                var page = await supplier.GetFromJsonAsync<JsonElement>(
                    $"cases/{caseId}/workers?pageSize=1000{(token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token))}",
                    stopping);
                var findings = page.GetProperty("items").EnumerateArray().Select(w => new
                {
                    @ref = w.GetProperty("ref").GetString(),
                    confirmed = w.GetProperty("fees").EnumerateArray().Select(f => new
                    {
                        category = f.GetProperty("category").GetString(),
                        amount = decimal.Parse(f.GetProperty("amount").GetProperty("amount").GetString()!, CultureInfo.InvariantCulture),
                        currency = f.GetProperty("amount").GetProperty("currency").GetString(),
                    }).ToArray(),
                }).ToArray();
                await Ok(supplier.PostAsJsonAsync(
                    $"cases/{caseId}/findings",
                    new { basis = "zero_fee", rootCause = "Agents charged fees that the employer should have paid.", workers = findings },
                    stopping));
                token = page.TryGetProperty("continuationToken", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            }
            while (token is not null);

            await WaitAsync(caseId, c => c.GetProperty("findingsAwaitingDecision").GetBoolean()
                && c.GetProperty("workers").GetProperty("byStatus").EnumerateObject().All(s => s.Name != "AwaitingFindings"));
            await Ok(caseworker.PostAsJsonAsync($"cases/{caseId}/findings/decision", new { accept = true }, stopping));
            await WaitAsync(caseId, c => c.GetProperty("stage").GetString() == "RemediationPlan");
        }

        public async Task PlanAsync(string caseId, DateTimeOffset first, DateTimeOffset second)
        {
            var view = await caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}", stopping);
            var confirmed = view.GetProperty("totals").EnumerateArray()
                .Select(t => (
                    Currency: t.GetProperty("currency").GetString()!,
                    Amount: decimal.Parse(t.GetProperty("confirmed").GetString()!, CultureInfo.InvariantCulture)))
                .ToList();
            var half = confirmed.Select(c => (c.Currency, Amount: decimal.Round(c.Amount / 2, 2, MidpointRounding.ToZero))).ToList();
            await Ok(supplier.PostAsJsonAsync($"cases/{caseId}/plan", new
            {
                instalments = new[]
                {
                    new { number = 1, dueAt = first, amounts = half.Select(h => new { amount = h.Amount, currency = h.Currency }).ToArray() },
                    new
                    {
                        number = 2,
                        dueAt = second,
                        amounts = confirmed.Zip(half, (c, h) => new { amount = c.Amount - h.Amount, currency = c.Currency }).ToArray(),
                    },
                },
            }, stopping));
            await WaitAsync(caseId, c => c.GetProperty("planAwaitingDecision").GetBoolean());
            await Ok(caseworker.PostAsJsonAsync($"cases/{caseId}/plan/decision", new { approve = true }, stopping));
            await WaitAsync(caseId, c => c.GetProperty("stage").GetString() == "Reimbursement");
        }

        /// <summary>Pays every worker a share of what each is owed, as payroll CSV in batches of 5,000.</summary>
        public async Task PayAsync(string caseId, decimal share, string batch)
        {
            string? token = null;
            do
            {
                var page = await supplier.GetFromJsonAsync<JsonElement>(
                    $"cases/{caseId}/workers?pageSize=1000{(token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token))}",
                    stopping);
                var csv = new StringBuilder("ref,paymentId,amount,currency,paidOn,method\r\n");
                foreach (var worker in page.GetProperty("items").EnumerateArray())
                {
                    foreach (var totals in worker.GetProperty("totals").EnumerateArray())
                    {
                        var owed = decimal.Parse(totals.GetProperty("outstanding").GetString()!, CultureInfo.InvariantCulture);
                        var amount = share == 1m ? owed : decimal.Round(owed * share, 2, MidpointRounding.ToZero);
                        if (amount > 0)
                        {
                            csv.Append(
                                CultureInfo.InvariantCulture,
                                $"{worker.GetProperty("ref").GetString()},PAY-{batch}-{worker.GetProperty("ref").GetString()}," +
                                $"{amount},{totals.GetProperty("currency").GetString()},2026-01-15,payroll\r\n");
                        }
                    }
                }

                await Ok(supplier.PostAsync($"cases/{caseId}/payments", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"), stopping));
                token = page.TryGetProperty("continuationToken", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            }
            while (token is not null);

            await WaitAsync(caseId, c => c.TryGetProperty("firstPaymentAt", out _)
                && (share < 1m || c.GetProperty("stage").GetString() == "Verification"));
        }

        public async Task VerifyAndCloseAsync(string caseId, int workers)
        {
            var page = await partner.GetFromJsonAsync<JsonElement>($"cases/{caseId}/workers?pageSize=1000", stopping);
            var receipts = page.GetProperty("items").EnumerateArray().SelectMany(w => w.GetProperty("totals").EnumerateArray().Select(t => new
            {
                @ref = w.GetProperty("ref").GetString(),
                receiptId = "RC-" + w.GetProperty("ref").GetString(),
                received = true,
                amount = decimal.Parse(t.GetProperty("paid").GetString()!, CultureInfo.InvariantCulture),
                currency = t.GetProperty("currency").GetString(),
                method = "bank_transfer",
                retaliationReported = false,
                confirmedOn = "2026-02-01",
            })).ToArray();
            await Ok(partner.PostAsJsonAsync($"cases/{caseId}/verifications", new { receipts }, stopping));
            await WaitAsync(caseId, c => c.GetProperty("workers").GetProperty("byStatus").TryGetProperty("Verified", out var v)
                && v.GetInt32() == workers);
            await Ok(caseworker.PostAsJsonAsync($"cases/{caseId}/close", new { outcome = "remediated" }, stopping));
            await WaitAsync(caseId, c => c.GetProperty("stage").GetString() == "Closed");
        }

        private async Task<int> WorkersAsync(string caseId) =>
            (await caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}", stopping)).GetProperty("workers").GetProperty("total").GetInt32();

        private async Task WaitAsync(string caseId, Func<JsonElement, bool> condition)
        {
            var until = DateTime.UtcNow.AddMinutes(3);
            while (DateTime.UtcNow < until)
            {
                if (condition(await caseworker.GetFromJsonAsync<JsonElement>($"cases/{caseId}", stopping)))
                {
                    return;
                }

                await Task.Delay(200, stopping);
            }

            throw new InvalidOperationException($"case {caseId} did not reach the expected state in time.");
        }

        private static async Task<HttpResponseMessage> Ok(Task<HttpResponseMessage> sending)
        {
            var response = await sending;
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException(
                    $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            return response;
        }
    }
}
