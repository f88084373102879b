using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Remediation.Api.RateLimiting;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Currencies;

namespace Remediation.Api.Confirmations.Page;

/// <summary>
/// The worker page, outside /api: <c>GET /confirm</c> (the code form), <c>GET /confirm/{code}</c> (what a slip's QR
/// code opens) and <c>POST /confirm</c> (a code, then the answer: <c>code, answer, amount, currency, pressure, lang</c>).
/// Plain HTML that works without script; no cookie but the anti-forgery one; nothing cached; the code never in a log.
/// The Functions app serves it under its route prefix (/api/confirm).
/// </summary>
public sealed class WorkerPage(WorkerAnswers answers, WorkerPageHtml html, IAntiforgery antiforgery, RequestLimits limits)
{
    /// <summary>The most a posted form may hold: a code, an answer and an amount are a few dozen bytes.</summary>
    public const int MaxFormBytes = 4096;

    public const string ContentSecurityPolicy =
        "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; style-src ";

    public Task<IResult> FormAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = Context(context, null);
        return Task.FromResult(limits.ForAddress(context.Request) is null
            ? Page(context, 200, html.CodeForm(page))
            : Page(context, 429, html.CodeForm(page, "TooManyTries")));
    }

    public async Task<IResult> CodeAsync(HttpContext context, string code)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (limits.ForAddress(context.Request) is not null)
        {
            return Page(context, 429, html.CodeForm(Context(context, null), "TooManyTries"));
        }

        var found = await answers.LookupAsync(code, Client(context), context.RequestAborted).ConfigureAwait(false);
        var page = Context(context, found);
        return found.IsFound
            ? Page(context, 200, html.Questions(page, ConfirmationCode.Parse(code)!.ToString(), found))
            : Page(context, found.Result == CodeLookupResult.TooManyTries ? 429 : 404, html.CodeForm(page, found.TextName));
    }

    public async Task<IResult> PostAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (limits.ForAddress(context.Request) is not null)
        {
            return Page(context, 429, html.CodeForm(Context(context, null), "TooManyTries"));
        }

        if (!context.Request.HasFormContentType || context.Request.ContentType?.StartsWith("multipart/", StringComparison.Ordinal) == true)
        {
            return Page(context, 415, html.CodeForm(Context(context, null), "CheckCode"));
        }

        if (context.Request.ContentLength is null or > MaxFormBytes)
        {
            return Page(context, 413, html.CodeForm(Context(context, null), "CheckCode"));
        }

        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            // An old or foreign form: the worker starts again, nothing is recorded.
            return Page(context, 400, html.CodeForm(Context(context, null), "StartAgain"));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var typed = form["code"].ToString();
        var found = await answers.LookupAsync(typed, Client(context), context.RequestAborted).ConfigureAwait(false);
        var page = Context(context, found, form["lang"]);
        if (!found.IsFound)
        {
            return Page(context, found.Result == CodeLookupResult.TooManyTries ? 429 : 404, html.CodeForm(page, found.TextName));
        }

        var code = ConfirmationCode.Parse(typed)!.ToString();
        if (form["answer"].Count == 0 && form["pressure"].Count == 0)
        {
            return Page(context, 200, html.Questions(page, code, found));
        }

        // A payment recorded while the page was open: the worker sees the new amounts before answering about them.
        if (form["shown"].Count > 0 && form["shown"].ToString() != WorkerPageHtml.Shown(found.Line!))
        {
            return Page(context, 409, html.Questions(page, code, found, "AmountsChanged"));
        }

        var (answer, problem) = Read(form, found);
        if (answer is null)
        {
            return Page(context, 400, html.Questions(page, code, found, problem));
        }

        var outcome = await answers.AnswerAsync(found, answer, context.RequestAborted).ConfigureAwait(false);
        return outcome.Result switch
        {
            AnswerResult.Invalid => Page(context, 400, html.Questions(page, code, found, outcome.Problem)),
            AnswerResult.NotRecorded => Page(context, 409, html.CodeForm(page, "TryLater")),
            _ => Page(context, 200, html.Reply(page, outcome)),
        };
    }

    /// <summary>Headers of every worker page: nothing cached or referred, no script, only this page's style.</summary>
    public static void ApplyHeaders(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Security.SecurityHeaders.Apply(response.Headers, Security.SecurityHeaders.Common);
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy + WorkerPageHtml.StyleHash;
    }

    /// <summary>Whether a path is the worker page's (its requests are never traced or logged with their path).</summary>
    public static bool IsWorkerPath(PathString path) =>
        path.StartsWithSegments("/confirm", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/confirm", StringComparison.OrdinalIgnoreCase);

    private static (WorkerAnswer? Answer, string? Problem) Read(IFormCollection form, CodeLookup found)
    {
        var pressure = form["pressure"].ToString() switch
        {
            "yes" => true,
            "no" => (bool?)false,
            _ => null,
        };
        if (pressure is null)
        {
            return (null, "ChoosePressure");
        }

        var paid = found.Line!.Paid.WithoutZeros().Currencies.Any();
        ReceiptAnswer? received = form["answer"].ToString() switch
        {
            "all" => ReceiptAnswer.All,
            "part" => ReceiptAnswer.Part,
            "none" => ReceiptAnswer.None,
            _ => null,
        };
        if (paid && received is null)
        {
            return (null, WorkerAnswer.ChooseAnswer);
        }

        decimal? amount = null;
        if (received == ReceiptAnswer.Part)
        {
            amount = TypedAmount.Parse(form["amount"].ToString());
            if (amount is null)
            {
                return (null, WorkerAnswer.WriteAmount);
            }
        }

        var currency = Currency.TryParse(form["currency"].ToString(), out var chosen) ? chosen : null;
        return (new WorkerAnswer(paid ? received : null, amount, currency, pressure.Value), null);
    }

    /// <summary>
    /// Whose tries a request counts against: its address, an IPv6 address by its /64 (one subscriber's whole network:
    /// counting each of its addresses apart would give a guesser 2^64 of them).
    /// </summary>
    private string Client(HttpContext context)
    {
        var address = limits.AddressOf(context.Request);
        if (System.Net.IPAddress.TryParse(address, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            && !ip.IsIPv4MappedToIPv6)
        {
            return Convert.ToHexString(ip.GetAddressBytes()[..8]) + "/64";
        }

        return address;
    }

    private PageContext Context(HttpContext context, CodeLookup? found, string? asked = null)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var language = WorkerLanguage.Pick(
            asked ?? context.Request.Query["lang"].ToString(),
            found?.Code?.Language,
            found?.Line?.Nationality,
            context.Request.Headers.AcceptLanguage.ToString());
        var path = context.Request.Path.Value ?? "/confirm";
        var at = path.IndexOf("/confirm", StringComparison.OrdinalIgnoreCase);
        var root = context.Request.PathBase + (at < 0 ? "/confirm" : path[..(at + "/confirm".Length)]);
        return new PageContext(language, root, tokens.FormFieldName, tokens.RequestToken!);
    }

    private static IResult Page(HttpContext context, int status, string body)
    {
        context.Response.OnStarting(() =>
        {
            ApplyHeaders(context.Response);
            return Task.CompletedTask;
        });
        return Results.Content(body, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
