using System.Globalization;
using System.Text.Json;
using Remediation.Client;
using Remediation.Contracts.Commands;
using Remediation.Contracts.Notifications;
using Remediation.Testing;
using Xunit.Abstractions;

namespace Remediation.Server.Tests;

/// <summary>
/// Notifications from the standalone server as its parties receive them: webhooks to a real receiver on loopback
/// that verifies every signature with the StandardWebhooks package, and e-mail to a real SMTP server.
/// </summary>
public class NotificationTests(ITestOutputHelper output)
{
    private static readonly string[] EveryEventType =
    [
        "case.opened", "case.stage_changed", "case.findings_submitted", "case.findings_decided", "case.plan_submitted", "case.plan_decided",
        "case.payments_recorded", "case.verification_needed", "case.receipts_disputed", "case.retaliation_reported", "case.deadline_extended",
        "case.escalated", "case.closed", "digest.overdue",
    ];

    [Fact]
    public async Task Every_event_of_a_lifecycle_and_an_escalation_ladder_reaches_its_parties_signed_and_by_email_without_worker_data()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var smtp = SmtpSink.Start();
        await using var server = await ServerProcess.StartAsync(dayLength: "00:00:01", environmentName: "Development", settings: new Dictionary<string, string>
        {
            ["Remediation__Notifications__Email__Host"] = "127.0.0.1",
            ["Remediation__Notifications__Email__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Remediation__Notifications__Email__Security"] = "None",
            ["Remediation__Notifications__Email__Caseworkers"] = "casework@buyer.example",
            ["Remediation__Notifications__Email__Parties__0__PartyId"] = "SUP-CALCOMP",
            ["Remediation__Notifications__Email__Parties__0__Addresses"] = "compliance@calcomp.example",
            ["Remediation__Deadlines__FormalNoticeAfterDays"] = "1",
            ["Remediation__Deadlines__ContractEscalationAfterDays"] = "1",
            ["Remediation__Deadlines__SanctionsAfterDays"] = "1",
            // A policy day is a second here; the plan below runs over real weeks.
            ["Remediation__Deadlines__LongPlanDays"] = "100000000",
            ["REMEDIATION_SWEEP_SCHEDULE"] = "*/2 * * * * *",
        });
        using var api = await ApiDriver.ConnectAsync(server);
        using var adminHttp = server.Client(ServerProcess.AdminKey);
        foreach (var (path, client) in new[] { ("partner", api.PartnerApi), ("supplier", api.SupplierApi), ("caseworkers", new RemediationClient(adminHttp)) })
        {
            var subscription = await client.CreateSubscriptionAsync(new CreateSubscriptionRequest { Url = receiver.UrlFor(path).ToString() });
            receiver.Trust(path, subscription.Secret!);
        }

        var lifecycle = await LiveThroughEveryStepAsync(api);
        var ladder = await api.OpenAsync("NOTIFY-LADDER", workers: 2);
        await api.TriageAsync(ladder);
        await api.WaitAsync(ladder, c => c.GetProperty("escalationLevel").GetInt32() == 4, seconds: 90);

        var received = await receiver.WaitForAsync(
            r => EveryEventType.All(t => r.Any(x => x.Type == "org.remediation." + t))
                && Enumerable.Range(1, 4).All(level => r.Any(x => x.Type == "org.remediation.case.escalated" && x.Event!.Subject == ladder && x.Data.GetProperty("escalationLevel").GetInt32() == level)),
            "every event type and every rung of the ladder",
            TimeSpan.FromSeconds(90));
        var mail = await smtp.WaitForAsync(
            m => m.Any(x => x.Subject!.Contains(ladder, StringComparison.Ordinal) && x.To.ToString().Contains("compliance@calcomp.example", StringComparison.Ordinal))
                && m.Count(x => x.Subject!.Contains(ladder, StringComparison.Ordinal) && x.To.ToString().Contains("casework@", StringComparison.Ordinal)) >= 3
                && m.Any(x => x.Subject!.Contains("retaliation", StringComparison.Ordinal))
                && m.Any(x => x.Subject!.Contains("overdue", StringComparison.Ordinal)),
            "the reminder to the supplier, levels 2-4, the retaliation report and the digest to caseworkers");

        Assert.All(received, r => Assert.True(r.Verified, $"{r.Path} {r.Type}: {r.Problem}"));
        // The body is what the API document's webhook says it is.
        Assert.All(received, r => ContractCheck.CheckWebhookBody(r.Body));
        // And a receiver on .NET reads it with the contract type, as the README shows.
        Assert.All(received, r =>
        {
            var notification = JsonSerializer.Deserialize<NotificationEvent>(r.Body, JsonSerializerOptions.Web)!;
            Assert.Equal(r.Event!.Subject, notification.Data.CaseId);
            Assert.Equal("org.remediation." + JsonSerializer.Serialize(notification.Data.Kind).Trim('"'), notification.Type);
        });
        Assert.All(received, r => Assert.Equal("application/cloudevents+json", r.ContentType.Split(';')[0]));
        // Each notification reaches only the parties it names.
        Assert.All(received.Where(r => r.Type is "org.remediation.case.opened" or "org.remediation.case.retaliation_reported" or "org.remediation.digest.overdue"), r => Assert.Equal("caseworkers", r.Path));
        Assert.All(received.Where(r => r.Type == "org.remediation.case.verification_needed"), r => Assert.Equal("partner", r.Path));
        Assert.All(received.Where(r => r.Type is "org.remediation.case.findings_decided" or "org.remediation.case.plan_decided"), r => Assert.Equal("supplier", r.Path));
        // A redelivery keeps its webhook-id; one event never arrives under two ids.
        Assert.All(received.GroupBy(r => (r.Path, r.Event!.Id)), g => Assert.Single(g.Select(r => r.WebhookId).Distinct()));
        var closed = received.First(r => r.Type == "org.remediation.case.closed" && r.Path == "partner");
        Assert.Equal(lifecycle, closed.Event!.Subject);
        Assert.Equal($"{server.Address}cases/{lifecycle}", closed.Data.GetProperty("caseUrl").GetString());
        Assert.Equal("Closed", closed.Data.GetProperty("stage").GetString());
        Assert.Equal("nobody", closed.Data.GetProperty("waitingFor").GetString());

        // No worker reference, and nothing a party wrote, in any notification.
        foreach (var text in received.Select(r => r.Body).Concat(mail.Select(m => m.TextBody + m.HtmlBody)))
        {
            Assert.DoesNotContain("MM-0", text, StringComparison.Ordinal);
            Assert.DoesNotContain("threatened", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Agents charged", text, StringComparison.Ordinal);
        }

        var reminder = received.First(r => r.Path == "supplier" && r.Type == "org.remediation.case.escalated");
        output.WriteLine("A signed delivery as the receiver saw it:");
        output.WriteLine($"webhook-id: {reminder.WebhookId}\nwebhook-timestamp: {reminder.Timestamp}\nwebhook-signature: {reminder.Signature}\ncontent-type: {reminder.ContentType}\n{reminder.Body}");
        var letter = mail.First(m => m.Subject!.Contains(ladder, StringComparison.Ordinal) && m.To.ToString().Contains("compliance@", StringComparison.Ordinal));
        output.WriteLine($"An e-mail as the SMTP server received it:\nFrom: {letter.From}\nTo: {letter.To}\nSubject: {letter.Subject}\n\n{letter.TextBody}");
        output.WriteLine($"{received.Count} webhook requests ({received.Select(r => r.Type).Distinct().Count()} event types), {mail.Count} e-mails");
    }

    /// <summary>Intake to remediated, with a disputed receipt, a retaliation report and a deadline extension on the way.</summary>
    private static async Task<string> LiveThroughEveryStepAsync(ApiDriver api)
    {
        var caseId = await api.OpenAsync("NOTIFY-LIFE", workers: 3);
        await api.TriageAsync(caseId);
        await api.AcknowledgeAsync(caseId);
        await api.SubmitFindingsAsync(caseId);
        await api.AcceptFindingsAsync(caseId);
        await api.PlanAsync(caseId);
        await api.PayAsync(caseId, 1m, "first");
        var lines = await api.LinesAsync(caseId);
        await api.PartnerApi.RecordVerificationsAsync(caseId, new ReceiptsRequest
        {
            Receipts = [new ReceiptRequest { Ref = lines[0].Ref, ReceiptId = "rc-dispute", Received = false, Currency = "THB", ConfirmedOn = new DateOnly(2026, 2, 1) }],
        });
        await api.WaitAsync(caseId, c => ApiDriver.Stage(c) == "Reimbursement");
        await api.PayAsync(caseId, 1m, "again");
        await api.PartnerApi.ReportRetaliationAsync(caseId, new RetaliationReportRequest { Description = "A supervisor threatened the interviewed workers." });
        await api.CaseworkerApi.ExtendDeadlineAsync(caseId, new DeadlineExtensionRequest { NewDeadline = DateTimeOffset.UtcNow.AddHours(2), Reason = "Receipts are being collected in the dormitories." });
        await api.ConfirmReceiptsAsync(caseId);
        await api.CloseRemediatedAsync(caseId);
        return caseId;
    }
}
