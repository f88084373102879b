using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Remediation.Domain.Notifications;
using Remediation.Notifications.Dispatch;

namespace Remediation.Notifications.Email;

/// <summary>Sends one e-mail over SMTP with MailKit (a connection per message: e-mails are few and retried alone).</summary>
public sealed class EmailSender(EmailComposer composer, IOptions<NotificationOptions> options)
{
    public async Task<AttemptResult> SendAsync(Delivery delivery, OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var email = options.Value.Email;
        if (!email.Enabled)
        {
            return AttemptResult.Failed("E-mail is not configured (Remediation:Notifications:Email:Host).");
        }

        var message = composer.Compose(entry, email.From, delivery.Target);
        using var smtp = new SmtpClient { Timeout = (int)options.Value.Webhooks.Timeout.TotalMilliseconds };
        try
        {
            await smtp.ConnectAsync(email.Host!, email.Port, Enum.Parse<SecureSocketOptions>(email.Security, ignoreCase: true), cancellationToken)
                .ConfigureAwait(false);
            if (!string.IsNullOrEmpty(email.UserName))
            {
                await smtp.AuthenticateAsync(email.UserName, email.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }

            await smtp.SendAsync(message, cancellationToken).ConfigureAwait(false);
            await smtp.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
            return new AttemptResult(true, null, null);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or AuthenticationException or IOException
            or System.Net.Sockets.SocketException or TimeoutException or OperationCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            return AttemptResult.Failed($"SMTP: {e.Message}");
        }
    }
}
