using System.Net;
using MimeKit;
using Remediation.Contracts.Notifications;
using Remediation.Contracts.Wording;
using Remediation.Domain.Notifications;
using Remediation.Notifications.Dispatch;

namespace Remediation.Notifications.Email;

/// <summary>
/// An outbox entry as an e-mail, in plain text and HTML: the system's sentence, the case's stage, deadline and who
/// is waited for (in the words of Words.resx, as the console shows them), and a link. Built from the same facts as a
/// webhook, so it carries no worker data either.
/// </summary>
public sealed class EmailComposer(NotificationFacts facts)
{
    public MimeMessage Compose(OutboxEntry entry, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var data = facts.DataOf(entry);
        var subject = data.CaseId is null ? $"[Remediation] {Title(data)}" : $"[Remediation] Case {data.CaseId}: {Title(data)}";
        var lines = new List<(string Label, string Value)>();
        if (data.CaseId is not null)
        {
            lines.Add(("Case", data.CaseId));
        }

        if (data.Stage is { } stage)
        {
            lines.Add(("Stage", Words.Of(stage)));
        }

        if (data.EscalationLevel is > 0 and var level)
        {
            lines.Add(("Escalation", $"{Words.EscalationLevel(level)} (level {level} of 4)"));
        }

        if (data.Deadline is { } deadline)
        {
            lines.Add(("Deadline", deadline.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (data.WaitingFor is { } waiting)
        {
            lines.Add(("Waiting for", Words.Of(waiting)));
        }

        var text = $"{data.Summary}\n\n{string.Join("\n", lines.Select(l => $"{l.Label}: {l.Value}"))}\n"
            + (data.CaseUrl is { } url ? $"\nOpen the case: {url}\n" : string.Empty)
            + "\nYou receive this because your address is set for Remediation notifications.\n";
        var html = "<!DOCTYPE html><html><body>"
            + $"<p>{WebUtility.HtmlEncode(data.Summary)}</p><table>"
            + string.Concat(lines.Select(l => $"<tr><th align=\"left\">{WebUtility.HtmlEncode(l.Label)}</th>"
                + $"<td>{WebUtility.HtmlEncode(l.Value)}</td></tr>"))
            + "</table>"
            + (data.CaseUrl is { } link ? $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">Open the case</a></p>" : string.Empty)
            + "<p><small>You receive this because your address is set for Remediation notifications.</small></p></body></html>";
        var message = new MimeMessage
        {
            Subject = subject,
            Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.MessageId = NotificationFacts.EventId(entry)
            + "."
            + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(to)))[..8]
            + "@remediation";
        return message;
    }

    private static string Title(NotificationData data) => data.Kind switch
    {
        EventType.Escalated => data.EscalationLevel == 1
            ? $"{Words.EscalationLevel(1)}, the deadline has passed"
            : Words.EscalationLevel(data.EscalationLevel ?? 4),
        EventType.RetaliationReported => "retaliation reported",
        EventType.OverdueDigest => "overdue cases today",
        _ => data.Summary,
    };
}
