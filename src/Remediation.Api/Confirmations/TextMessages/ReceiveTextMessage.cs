using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Keys;
using Twilio.Security;

namespace Remediation.Api.Confirmations.TextMessages;

/// <summary>
/// POST /sms/inbound: Twilio's webhook for a text a worker sent to the partner's number. Refused (403) unless
/// X-Twilio-Signature is valid for the configured address and parameters; then the answer is recorded as on the worker
/// page and the worker gets a reply in their language. The sender's number is never stored or logged: a keyed hash of
/// it only limits how often it may try.
/// </summary>
public sealed partial class ReceiveTextMessage(
    WorkerAnswers answers,
    WorkerTexts texts,
    TextReplies replies,
    KeyRing keys,
    IOptions<TextMessageOptions> options,
    ILogger<ReceiveTextMessage> logger)
{
    /// <summary>A webhook form is a few hundred bytes; Twilio sends at most a few kilobytes.</summary>
    public const int MaxFormBytes = 16 * 1024;

    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        if (!o.IsEnabled)
        {
            return Problem.NotFound("Text messages are not configured on this deployment (Remediation:Sms).");
        }

        var http = request.Http;
        if (!http.HasFormContentType || http.ContentType?.StartsWith("multipart/", StringComparison.Ordinal) == true)
        {
            return Problem.UnsupportedMediaType("Twilio's webhook sends application/x-www-form-urlencoded.");
        }

        if (http.ContentLength is null or > MaxFormBytes)
        {
            return Problem.TooLarge(MaxFormBytes);
        }

        var form = await http.ReadFormAsync(request.Cancellation).ConfigureAwait(false);
        var parameters = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var signature = http.Headers["X-Twilio-Signature"].ToString();
        if (signature.Length == 0 || !new RequestValidator(o.AuthToken).Validate(o.WebhookUrl, parameters, signature))
        {
            return Problem.Forbidden("The request is not signed by Twilio for this address (X-Twilio-Signature).");
        }

        var from = parameters.GetValueOrDefault("From") ?? string.Empty;
        var to = parameters.GetValueOrDefault("To") ?? string.Empty;
        var (language, reply, confirmed) = await AnswerAsync(parameters.GetValueOrDefault("Body"), Client(from), request.Cancellation)
            .ConfigureAwait(false);
        try
        {
            var text = texts.Get(language, reply) + (confirmed is null ? string.Empty : $" ({confirmed})");
            await replies.SendAsync(from, to, text, request.Cancellation).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The answer is recorded; a reply that cannot be sent must not make Twilio send the message again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogReplyFailed(logger, e.GetType().Name);
        }

        // An empty TwiML answer: the reply went through the API.
        return Results.Content("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>", "text/xml");
    }

    /// <summary>
    /// Records the answer; the language, the text to reply with and, when the worker confirmed it all, the amounts they
    /// confirmed (a text message's "1" confirms what is recorded as paid, which the worker has not seen: the reply says).
    /// </summary>
    private async Task<(string Language, string Reply, string? Confirmed)> AnswerAsync(
        string? body, string client, CancellationToken cancellationToken)
    {
        var text = TextAnswer.Parse(body);
        var found = await answers.LookupAsync(text?.Code, client, cancellationToken).ConfigureAwait(false);
        if (!found.IsFound)
        {
            return (WorkerLanguage.English, found.Result == CodeLookupResult.NotValid ? "SmsNotValid" : "SmsCheckCode", null);
        }

        var language = WorkerLanguage.Pick(null, found.Code!.Language, found.Line!.Nationality, null);
        var paid = found.Line.Paid.WithoutZeros().Currencies.ToList();
        // The code and P alone still report pressure; the code alone is not an answer.
        if (text!.Answer is null && paid.Count > 0 && !text.Pressure)
        {
            return (language, "SmsCheckCode", null);
        }

        var answer = new WorkerAnswer(text.Answer, text.Amount, paid.Count == 1 ? paid[0] : null, text.Pressure);
        var outcome = await answers.AnswerAsync(found, answer, cancellationToken).ConfigureAwait(false);
        var reply = outcome.Result switch
        {
            AnswerResult.NotRecorded => "SmsCheckCode",
            _ when outcome.Pressure => "SmsPressure",
            AnswerResult.AlreadyReceived => "SmsAlready",
            AnswerResult.Invalid => "SmsCheckCode",
            AnswerResult.Disputed => "SmsDisputed",
            _ => "SmsConfirmed",
        };
        var amounts = string.Join(", ", paid.Select(c => found.Line.Paid.For(c)).Select(m =>
            m.Amount.ToString("N" + m.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            + " " + m.Currency.Code));
        return (language, reply, outcome.Result == AnswerResult.Confirmed ? amounts : null);
    }

    /// <summary>The rate-limit partition of a phone number: a keyed hash, never the number.</summary>
    private string Client(string phone) =>
        "sms:" + Convert.ToHexStringLower(HMACSHA256.HashData(keys.Current(KeyPurpose.PhoneNumbers), Encoding.UTF8.GetBytes(phone)))[..32];

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply text could not be sent ({Failure})")]
    private static partial void LogReplyFailed(ILogger logger, string failure);
}
