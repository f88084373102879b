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
/// </summary>
internal sealed class ScaleBench(ServerUnderTest server, int workers = 100_000, int batch = 5_000)
{
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
        for (var b = 1; b < batches; b++)
        {
            clock.Restart();
            await server.PartnerApi.AddWorkersAsync(caseId, new AddWorkersRequest { Workers = NewWorkers((b * batch) + 1, batch) });
            var expected = (b + 1) * batch;
            await WaitAsync(caseId, c => c.Workers.Total == expected);
            intake.Add(clock.Elapsed.TotalSeconds);
        }

        rows.AddRange(Phase("intake", intake));
        await server.CaseworkerApi.TriageAsync(caseId, new TriageRequest { Accept = true, SupplierId = "SUP-CALCOMP" });
        // The supplier sees the case only once the triage is applied (need-to-know).
        await WaitAsync(caseId, c => c.Stage == Stage.SupplierAcknowledgement);
        await server.SupplierApi.AcknowledgeAsync(caseId);
        await WaitAsync(caseId, c => c.Stage == Stage.Investigation);

        // Findings: every worker's fee confirmed, 5,000 workers per request.
        var findings = new List<double>();
        for (var b = 0; b < batches; b++)
        {
            clock.Restart();
            var first = (b * batch) + 1;
            await server.SupplierApi.SubmitFindingsAsync(caseId, new FindingsRequest
            {
                Basis = RepaymentBasis.ZeroFee,
                RootCause = "Agents charged recruitment fees.",
                Workers = [.. Enumerable.Range(first, batch).Select(i => new WorkerFindings { Ref = Ref(i), Confirmed = [new ConfirmedFee { Category = FeeCategory.RecruitmentFee, Amount = Fee(i), Currency = "MYR" }] })],
            });
            var awaiting = workers - ((b + 1) * batch);
            await WaitAsync(caseId, c => c.Workers.ByStatus.GetValueOrDefault("AwaitingFindings") == awaiting);
            findings.Add(clock.Elapsed.TotalSeconds);
        }

        rows.AddRange(Phase("findings", findings));
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
        var payments = new List<double>();
        for (var b = 0; b < batches; b++)
        {
            clock.Restart();
            var csv = new StringBuilder("ref,paymentId,amount,currency,paidOn,method\r\n");
            for (var i = (b * batch) + 1; i <= (b + 1) * batch; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{Ref(i)},PAY-{i},{Fee(i)},MYR,2026-11-01,payroll\r\n");
            }

            using var sheet = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
            await server.SupplierApi.UploadPaymentsAsync(caseId, sheet, SheetFormat.Csv);
            var paid = (b + 1) * batch;
            await WaitAsync(caseId, c => c.Stage == Stage.Verification || c.Workers.ByStatus.GetValueOrDefault("Paid") == paid);
            payments.Add(clock.Elapsed.TotalSeconds);
        }

        rows.AddRange(Phase("payments", payments));

        // Receipts: every tenth worker confirms, 5,000 per upload.
        var receipts = new List<double>();
        var sample = Enumerable.Range(1, workers).Where(i => i % 10 == 0).ToList();
        foreach (var (part, n) in sample.Chunk(batch).Select((part, n) => (part, n)))
        {
            clock.Restart();
            var csv = new StringBuilder("ref,receiptId,received,amount,currency,method,retaliationReported,confirmedOn\r\n");
            foreach (var i in part)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{Ref(i)},RCPT-{i},true,{Fee(i)},MYR,bank_transfer,false,2026-11-15\r\n");
            }

            using var sheet = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
            await server.PartnerApi.UploadVerificationsAsync(caseId, sheet, SheetFormat.Csv);
            var verified = (n * batch) + part.Length;
            await WaitAsync(caseId, c => c.Workers.ByStatus.GetValueOrDefault("Verified") == verified);
            receipts.Add(clock.Elapsed.TotalSeconds);
        }

        rows.AddRange(Phase("receipts (10 % sample)", receipts));
        clock.Restart();
        await server.CaseworkerApi.CloseCaseAsync(caseId, new CloseRequest { Outcome = CloseOutcome.Remediated });
        var closed = await WaitAsync(caseId, c => c.Stage == Stage.Closed);
        rows.Add(("closing (s)", Seconds(clock.Elapsed.TotalSeconds)));
        rows.Add(("whole case, first intake to Closed (s)", Seconds(whole.Elapsed.TotalSeconds)));
        var totals = closed.Totals.Single();
        rows.Add(("totals at close (MYR): claimed / paid / outstanding", $"{totals.Claimed} / {totals.Paid} / {totals.Outstanding} (expected claimed {total})"));
        return rows;
    }

    private static IEnumerable<(string, string)> Phase(string name, List<double> batches)
    {
        Console.Error.WriteLine($"{name}: {string.Join(" ", batches.Select(Seconds))}");
        return
    [
        ($"{name}: {batches.Count} batches, whole phase (s)", Seconds(batches.Sum())),
        ($"{name}: first / last batch (s)", $"{Seconds(batches[0])} / {Seconds(batches[^1])} (last/first {batches[^1] / batches[0]:F2}x)"),
        ($"{name}: slowest batch (s)", Seconds(batches.Max())),
    ];
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
