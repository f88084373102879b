using Remediation.Domain.Confirmations;

namespace Remediation.Api.Confirmations.TextMessages;

/// <summary>
/// A text message's answer: <c>&lt;code&gt; 1</c> (all received), <c>&lt;code&gt; 2 &lt;amount&gt;</c> (part),
/// <c>&lt;code&gt; 3</c> (none), a trailing <c>P</c> reporting pressure; the code may be typed with spaces or hyphens, in
/// any case. <see cref="Answer"/> is null when only the code (and perhaps P) was sent.
/// </summary>
public sealed record TextAnswer(string Code, ReceiptAnswer? Answer, decimal? Amount, bool Pressure)
{
    /// <summary>The longest message read: a code, an answer and an amount fit many times over.</summary>
    public const int MaxLength = 160;

    /// <summary>Reads a message; null when it cannot be an answer (the worker is asked to check and send again).</summary>
    public static TextAnswer? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > MaxLength)
        {
            return null;
        }

        var tokens = body.Trim().ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var pressure = tokens.Count > 1 && tokens[^1] == "P";
        if (pressure)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        ReceiptAnswer? answer = null;
        decimal? amount = null;
        if (tokens.Count > 2 && tokens[^2] == "2" && TryAmount(tokens[^1], out var part))
        {
            (answer, amount) = (ReceiptAnswer.Part, part);
            tokens.RemoveRange(tokens.Count - 2, 2);
        }
        else if (tokens.Count > 1 && tokens[^1] is "1" or "3")
        {
            answer = tokens[^1] == "1" ? ReceiptAnswer.All : ReceiptAnswer.None;
            tokens.RemoveAt(tokens.Count - 1);
        }
        else if (tokens.Count > 1 && tokens[^1] == "2")
        {
            return null;
        }

        var code = string.Concat(tokens);
        return code.Length == 0 ? null : new TextAnswer(code, answer, amount, pressure);
    }

    private static bool TryAmount(string text, out decimal amount)
    {
        amount = TypedAmount.Parse(text) ?? 0m;
        return TypedAmount.Parse(text) is not null;
    }
}
