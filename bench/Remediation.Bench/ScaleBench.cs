using System.Diagnostics;
using System.Globalization;
using System.Text;
using Remediation.Client;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;

namespace Remediation.Bench;

/// <summary>
/// One case of 100,000 workers through the API with the typed client, as a partner and a supplier of a large case
/// would send it: intake and added workers in batches of 5,000, findings in batches of 5,000, the plan, payments as 20
/// payroll CSVs, receipts for a 10 % sample, closing. Each batch is timed from sending it until the case shows it.
/// One at a time, each batch is sent once the one before it shows; back to back, as a script sends them, each batch
/// is sent as soon as the one before it was accepted (202), and the case is then watched until each one shows.
/// </summary>
internal sealed class ScaleBench(ServerUnderTest server, bool backToBack, int workers = 100_000, int batch = 5_000)
{
    private readonly List<double> accepted = [];

    public int Workers => workers;

    /// <summary>Line writes the case makes: intake, findings and payments touch every line, receipts a tenth.</summary>
    public int EntityWrites => (3 * workers) + (workers / 10);

    public async Task<IReadOnlyList<(string Figure, string Value)>> RunAsync()
    {
        var rows = new List<(string, string)>();
        var whole = Stopwatch.StartNew();
        var batches = workers / batch;

        // Intake: the grievance with its first 5,000 workers, then 5,000 at a time.
        var intake = new List<double>();
        var clock = Stopwatch.StartNew();
        var caseId = (await server.PartnerApi.CreateCaseAsync(new CreateCaseRequest
        {
            PartnerReference = "SCALE-" + Guid.NewGuid().ToString("N")[..6],
            Factory = new FactoryRequest { Name = "Large electronics supplier", Country = "MY", Site = "Penang" },
            SupplierId = "SUP-CALCOMP",
            Summary = "Recruitment fees paid by migrant workers to agents.",
            Workers = NewWorkers(1, batch),
        })).CaseId;
        intake.Add(clock.Elapsed.TotalSeconds);
        intake.AddRange(await PhaseAsync(caseId, batches - 1,
            b => server.PartnerApi.AddWorkersAsync(caseId, new AddWorkersRequest { Workers = NewWorkers(((b + 1) * batch) + 1, batch) }),
            (c, b) => c.Workers.Total >= (b + 2) * batch));

        accepted.Insert(0, intake[0]);
        rows.AddRange(Phase("intake", "AddWorkers", intake, intake.Count - 1));
        await server.CaseworkerApi.TriageAsync(caseId, new TriageRequest { Accept = true, SupplierId = "SUP-CALCOMP" });
        // The supplier sees the case only once the triage is applied (need-to-know).
        await WaitAsync(caseId, c => c.Stage == Stage.SupplierAcknowledgement);
        await server.SupplierApi.AcknowledgeAsync(caseId);
        await WaitAsync(caseId, c => c.Stage == Stage.Investigation);

        // Findings: every worker's fee confirmed, 5,000 workers per request.
        var findings = await PhaseAsync(caseId, batches,
            b => server.SupplierApi.SubmitFindingsAsync(caseId, new FindingsRequest
            {
                Basis = RepaymentBasis.ZeroFee,
                RootCause = "Agents charged recruitment fees.",
                Workers = [.. Enumerable.Range((b * batch) + 1, batch).Select(i => new WorkerFindings
                {
                    Ref = Ref(i), Confirmed = [new ConfirmedFee { Category = FeeCategory.RecruitmentFee, Amount = Fee(i), Currency = "MYR" }],
                })],
            }),
            (c, b) => c.Workers.ByStatus.GetValueOrDefault("AwaitingFindings") <= workers - ((b + 1) * batch));

        rows.AddRange(Phase("findings", "SubmitFindings", findings, findings.Count));
        clock.Restart();
        await server.CaseworkerApi.DecideFindingsAsync(caseId, new FindingsDecisionRequest { Accept = true });
        await WaitAsync(caseId, c => c.Stage == Stage.RemediationPlan);
        var total = Enumerable.Range(1, workers).Sum(Fee);
        await server.SupplierApi.SubmitPlanAsync(caseId, new PlanRequest { Instalments = [new InstalmentRequest { Number = 1, DueAt = DateTimeOffset.UtcNow.AddDays(30), Amounts = [new MoneyAmount { Amount = total, Currency = "MYR" }] }] });
        await WaitAsync(caseId, c => c.PlanAwaitingDecision);
        await server.CaseworkerApi.DecidePlanAsync(caseId, new PlanDecisionRequest { Approve = true });
        await WaitAsync(caseId, c => c.Stage == Stage.Reimbursement);
        rows.Add(("decisions and plan (s)", Seconds(clock.Elapsed.TotalSeconds)));

        // Payments: 20 payroll CSVs of 5,000 rows.
        var payments = await PhaseAsync(caseId, batches,
            async b =>
            {
                var csv = new StringBuilder("ref,paymentId,amount,currency,paidOn,method\r\n");
                for (var i = (b * batch) + 1; i <= (b + 1) * batch; i++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{Ref(i)},PAY-{i},{Fee(i)},MYR,2026-11-01,payroll\r\n");
                }

                using var sheet = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
                return await server.SupplierApi.UploadPaymentsAsync(caseId, sheet, SheetFormat.Csv);
            },
            (c, b) => c.Stage == Stage.Verification || c.Workers.ByStatus.GetValueOrDefault("Paid") >= (b + 1) * batch);

        rows.AddRange(Phase("payments", "RecordPayments", payments, payments.Count));

        // Receipts: every tenth worker confirms, 5,000 per upload.
        var parts = Enumerable.Range(1, workers).Where(i => i % 10 == 0).Chunk(batch).ToList();
        var receipts = await PhaseAsync(caseId, parts.Count,
            async n =>
            {
                var csv = new StringBuilder("ref,receiptId,received,amount,currency,method,retaliationReported,confirmedOn\r\n");
                foreach (var i in parts[n])
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{Ref(i)},RCPT-{i},true,{Fee(i)},MYR,bank_transfer,false,2026-11-15\r\n");
                }

                using var sheet = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
                return await server.PartnerApi.UploadVerificationsAsync(caseId, sheet, SheetFormat.Csv);
            },
            (c, n) => c.Workers.ByStatus.GetValueOrDefault("Verified") >= parts.Take(n + 1).Sum(p => p.Length));

        rows.AddRange(Phase("receipts (10 % sample)", "RecordReceipts", receipts, receipts.Count));
        clock.Restart();
        await server.CaseworkerApi.CloseCaseAsync(caseId, new CloseRequest { Outcome = CloseOutcome.Remediated });
        var closed = await WaitAsync(caseId, c => c.Stage == Stage.Closed);
        rows.Add(("closing (s)", Seconds(clock.Elapsed.TotalSeconds)));
        rows.Add(("whole case, first intake to Closed (s)", Seconds(whole.Elapsed.TotalSeconds)));
        var totals = closed.Totals.Single();
        rows.Add(("totals at close (MYR): claimed / paid / outstanding", $"{totals.Claimed} / {totals.Paid} / {totals.Outstanding} (expected claimed {total})"));
        return rows;
    }

    /// <summary>
    /// The phase's figures, and where each batch's time went: accepted (upload, checks and preview until the 202), waited
    /// (from acceptance until the engine ran the inbox drain) and applied (the drain's own time), from the server's log.
    /// </summary>
    private IEnumerable<(string, string)> Phase(string name, string kind, List<double> batches, int commands)
    {
        // The drain logs after the case shows the change: give its last lines a moment to arrive.
        var until = DateTime.UtcNow.AddSeconds(10);
        while (server.CommandTimes.Count(c => c.Kind == kind) < commands && DateTime.UtcNow < until)
        {
            Thread.Sleep(50);
        }

        var drains = server.CommandTimes.Where(c => c.Kind == kind).ToList();
        Console.Error.WriteLine($"{name}: {string.Join(" ", batches.Select(Seconds))}");
        Console.Error.WriteLine($"  accepted: {string.Join(" ", accepted.Select(Seconds))}");
        Console.Error.WriteLine($"  waited:   {string.Join(" ", drains.Select(d => Seconds(d.Waited / 1000)))}");
        Console.Error.WriteLine($"  applied:  {string.Join(" ", drains.Select(d => Seconds(d.Applied / 1000)))}");
        return
    [
        ($"{name}: {batches.Count} batches, whole phase (s)", Seconds(batches.Sum())),
        ($"{name}: first / last batch (s)", $"{Seconds(batches[0])} / {Seconds(batches[^1])} (last/first {batches[^1] / batches[0]:F2}x)"),
        ($"{name}: slowest batch (s)", Seconds(batches.Max())),
        ($"{name}: per batch, median accepted / waited for the engine / applied (s)",
            $"{Seconds(Median(accepted))} / {Seconds(Median(drains.Select(d => d.Waited / 1000)))} / " +
            $"{Seconds(Median(drains.Select(d => d.Applied / 1000)))}"),
    ];
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }

    private static string Seconds(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string Ref(int i) => $"MY-{i:D6}";

    private static decimal Fee(int i) => 4000m + (i % 1500) + 0.25m;

    private static WorkerRequest[] NewWorkers(int first, int count) =>
    [
        .. Enumerable.Range(first, count).Select(i => new WorkerRequest
        {
            Ref = Ref(i),
            Nationality = "NP",
            HiredOn = new DateOnly(2023, 3, 1),
            EmploymentStatus = EmploymentStatus.Current,
            Fees = [new FeeRequest { Category = FeeCategory.RecruitmentFee, Amount = Fee(i), Currency = "MYR" }],
        }),
    ];

    /// <summary>
    /// Sends <paramref name="count"/> batches and times each from its sending until the case shows it: one at a time,
    /// or back to back (every batch sent as soon as the one before was accepted, then the case watched).
    /// </summary>
    private async Task<List<double>> PhaseAsync(string caseId, int count, Func<int, Task<CommandStatus>> send, Func<CaseView, int, bool> shown)
    {
        var times = new List<double>();
        accepted.Clear();
        server.CommandTimes.Clear();
        if (!backToBack)
        {
            for (var b = 0; b < count; b++)
            {
                var clock = Stopwatch.StartNew();
                await send(b);
                accepted.Add(clock.Elapsed.TotalSeconds);
                await WaitAsync(caseId, c => shown(c, b));
                times.Add(clock.Elapsed.TotalSeconds);
            }

            return times;
        }

        var sentAt = new long[count];
        for (var b = 0; b < count; b++)
        {
            sentAt[b] = Stopwatch.GetTimestamp();
            await send(b);
            accepted.Add(Stopwatch.GetElapsedTime(sentAt[b]).TotalSeconds);
        }

        var until = DateTime.UtcNow.AddMinutes(30);
        while (times.Count < count)
        {
            var view = await server.CaseworkerApi.GetCaseAsync(caseId);
            while (times.Count < count && shown(view, times.Count))
            {
                times.Add(Stopwatch.GetElapsedTime(sentAt[times.Count]).TotalSeconds);
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Case {caseId}: {times.Count} of {count} batches shown after 30 minutes.");
            }

            await Task.Delay(100);
        }

        return times;
    }

    private async Task<CaseView> WaitAsync(string caseId, Func<CaseView, bool> done)
    {
        var until = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            var view = await server.CaseworkerApi.GetCaseAsync(caseId);
            if (done(view))
            {
                return view;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Case {caseId} did not get there: stage {view.Stage}, workers {string.Join(", ", view.Workers.ByStatus)}");
            }

            await Task.Delay(50);
        }
    }
}
