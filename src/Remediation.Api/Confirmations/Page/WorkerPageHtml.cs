using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Currencies;

namespace Remediation.Api.Confirmations.Page;

/// <summary>
/// The worker page's HTML, written by hand: a few kilobytes for a cheap phone on a slow network, no script, no image,
/// no font or file from anywhere, usable at 320 px, every word from <see cref="WorkerTexts"/>. No worker reference is
/// ever written; the code only into the form that sends it back.
/// </summary>
public sealed class WorkerPageHtml(WorkerTexts texts)
{
    /// <summary>The page's only style, allowed by its hash in the page's Content-Security-Policy.</summary>
    public const string Style =
        "body{font:18px/1.5 system-ui,sans-serif;margin:0;padding:12px;max-width:36em;color:#111;background:#fff}" +
        "h1{font-size:1.3em;margin:.2em 0 .6em}fieldset{border:1px solid #999;margin:0 0 1em;padding:.5em .8em}" +
        "label{display:block;margin:.4em 0}input[type=text]{font:inherit;width:100%;box-sizing:border-box;padding:.4em}" +
        "select{font:inherit;padding:.3em}button{font:inherit;padding:.5em 1.2em;margin:.2em 0;min-height:44px}" +
        "nav button{font-size:.8em;padding:.2em .5em;min-height:36px;background:none;border:1px solid #aaa}" +
        "nav a{margin-right:.6em}.msg{border-left:4px solid #b00;padding:.3em .6em;background:#fee}" +
        "table{border-collapse:collapse;margin:.5em 0}td,th{padding:.2em .8em .2em 0;text-align:left}";

    public static readonly string StyleHash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'";

    // Every script written as itself: Burmese escaped as &#x...; would make the page six times larger.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The form asking for the code (GET /confirm), with a message when a code did not work.</summary>
    public string CodeForm(PageContext page, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var html = Start(page, code: null);
        html.Append(Message(message is null ? null : T(page, message)));
        html.Append("<p>").Append(E(T(page, "Intro"))).Append("</p>");
        html.Append("<form method=\"post\" action=\"").Append(E(page.Root)).Append("\">").Append(Hidden(page.TokenField, page.Token))
            .Append(Hidden("lang", page.Language))
            .Append("<label>").Append(E(T(page, "CodeLabel")))
            .Append("<input type=\"text\" name=\"code\" required maxlength=\"32\" autocomplete=\"off\" autocapitalize=\"characters\" ")
            .Append("spellcheck=\"false\" aria-describedby=\"hint\"></label><p id=\"hint\">").Append(E(T(page, "CodeHint"))).Append("</p>")
            .Append("<button type=\"submit\">").Append(E(T(page, "Continue"))).Append("</button></form>");
        return End(html);
    }

    /// <summary>What the ledger says for the worker, and the two questions (the form posts to /confirm).</summary>
    public string Questions(PageContext page, string code, CodeLookup found, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(found);
        var line = found.Line!;
        var paid = line.Paid.WithoutZeros().Currencies.ToList();
        var html = Start(page, code);
        html.Append(Message(message is null ? null : T(page, message)));
        html.Append("<p>").Append(E(T(page, "Factory"))).Append(": <b>").Append(E(found.Case!.Factory.Name)).Append("</b></p>");
        html.Append("<table><tr><th></th><th>").Append(E(T(page, "Owed"))).Append("</th><th>").Append(E(T(page, "Paid"))).Append("</th></tr>");
        foreach (var currency in line.Confirmed.WithoutZeros().Currencies.Union(paid))
        {
            html.Append("<tr><th>").Append(currency.Code).Append("</th><td>").Append(Amount(line.Confirmed.For(currency)))
                .Append("</td><td>").Append(Amount(line.Paid.For(currency))).Append("</td></tr>");
        }

        html.Append("</table>");
        html.Append("<p>").Append(line.Payments.Count == 0
            ? E(T(page, "NothingPaid"))
            : E(T(page, "PaidOn")) + ": " + string.Join(", ", line.Payments.OrderBy(p => p.PaidOn).Select(p =>
                p.PaidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + Amount(p.Amount) + ")"))).Append("</p>");
        html.Append("<form method=\"post\" action=\"").Append(E(page.Root)).Append("\">").Append(Hidden(page.TokenField, page.Token))
            .Append(Hidden("code", code)).Append(Hidden("lang", page.Language)).Append(Hidden("shown", Shown(line)));
        if (paid.Count > 0)
        {
            html.Append("<fieldset><legend>").Append(E(T(page, "ReceivedQuestion"))).Append("</legend>")
                .Append(Radio(page, "answer", "all", "AnswerAll")).Append(Radio(page, "answer", "part", "AnswerPart"))
                .Append(Radio(page, "answer", "none", "AnswerNone"))
                .Append("<label>").Append(E(T(page, "AmountLabel")))
                .Append("<input type=\"text\" name=\"amount\" inputmode=\"decimal\" maxlength=\"20\" autocomplete=\"off\"></label>");
            if (paid.Count == 1)
            {
                html.Append(Hidden("currency", paid[0].Code));
            }
            else
            {
                html.Append("<label>").Append(E(T(page, "CurrencyLabel"))).Append(" <select name=\"currency\">")
                    .AppendJoin(string.Empty, paid.Select(c => $"<option>{c.Code}</option>")).Append("</select></label>");
            }

            html.Append("</fieldset>");
        }

        html.Append("<fieldset><legend>").Append(E(T(page, "PressureQuestion"))).Append("</legend>")
            .Append(Radio(page, "pressure", "yes", "Yes")).Append(Radio(page, "pressure", "no", "No")).Append("</fieldset>")
            .Append("<button type=\"submit\">").Append(E(T(page, "Send"))).Append("</button></form>")
            .Append("<p>").Append(E(T(page, "Private"))).Append("</p>");
        return End(html);
    }

    /// <summary>The reply: thanks, and what happens next.</summary>
    public string Reply(PageContext page, AnswerOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(outcome);
        var html = Start(page, code: null, title: T(page, outcome.Result == AnswerResult.AlreadyReceived ? "Title" : "ThanksTitle"));
        var next = outcome.Result switch
        {
            AnswerResult.AlreadyReceived => "AlreadyReceived",
            AnswerResult.Disputed => "NextDisputed",
            _ => "NextConfirmed",
        };
        html.Append("<p>").Append(E(T(page, next))).Append("</p>");
        if (outcome.Pressure)
        {
            html.Append("<p>").Append(E(T(page, "NextPressure"))).Append("</p>");
        }

        html.Append("<p>").Append(E(T(page, "Private"))).Append("</p>");
        return End(html);
    }

    /// <summary>
    /// What the page showed as paid, as a short digest sent back with the answer: "all" confirms the amounts the worker
    /// saw, not a payment recorded while the page was open.
    /// </summary>
    public static string Shown(Domain.Ledger.LedgerLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var paid = string.Join(';', line.Paid.WithoutZeros().Amounts.Select(m => m.ToString()).Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(paid)))[..16];
    }

    private static string E(string text) => Encoder.Encode(text);

    private static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">";

    private static string Message(string? text) => text is null ? string.Empty : $"<p class=\"msg\" role=\"alert\">{E(text)}</p>";

    private static string Amount(Money money) =>
        money.Amount.ToString("N" + money.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private string T(PageContext page, string name) => texts.Get(page.Language, name);

    private string Radio(PageContext page, string name, string value, string text) =>
        $"<label><input type=\"radio\" name=\"{name}\" value=\"{value}\"> {E(T(page, text))}</label>";

    private StringBuilder Start(PageContext page, string? code, string? title = null)
    {
        var html = new StringBuilder(4096);
        html.Append("<!doctype html><html lang=\"").Append(page.Language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
            .Append("<title>").Append(E(title ?? T(page, "Title"))).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<nav aria-label=\"").Append(E(T(page, "LanguageLabel"))).Append("\">");
        if (code is null)
        {
            foreach (var language in WorkerLanguage.All.Where(l => l != page.Language))
            {
                html.Append("<a href=\"?lang=").Append(language).Append("\" lang=\"").Append(language).Append("\">")
                    .Append(E(WorkerLanguage.Names[language])).Append("</a>");
            }
        }
        else
        {
            // The code is not put in a link: a language is chosen by sending the form again.
            html.Append("<form method=\"post\" action=\"").Append(E(page.Root)).Append("\">").Append(Hidden(page.TokenField, page.Token))
                .Append(Hidden("code", code));
            foreach (var language in WorkerLanguage.All.Where(l => l != page.Language))
            {
                html.Append("<button type=\"submit\" name=\"lang\" value=\"").Append(language).Append("\" lang=\"").Append(language).Append("\">")
                    .Append(E(WorkerLanguage.Names[language])).Append("</button> ");
            }

            html.Append("</form>");
        }

        html.Append("</nav><main><h1>").Append(E(title ?? T(page, "Title"))).Append("</h1>");
        return html;
    }

    private static string End(StringBuilder html) => html.Append("</main></body></html>").ToString();
}

/// <summary>What every worker page needs: its language, its own address (the form's action) and the anti-forgery token.</summary>
public sealed record PageContext(string Language, string Root, string TokenField, string Token);
