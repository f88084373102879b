using System.Security.Cryptography;
using System.Text;

namespace Remediation.Domain.Confirmations;

/// <summary>
/// A worker's private confirmation code: 11 random symbols (54 bits) and a check symbol, from an alphabet without
/// look-alikes (no 0/O, 1/I/L), written in three groups of four to be read aloud or typed on a basic phone. The check
/// symbol (the random symbols weighted 1 to 11, summed mod 31, a prime) tells a mistyped code from a wrong one without
/// a lookup: every single wrong symbol and every swap of two different neighbours fails it (Luhn's doubling would not
/// do: mod an odd number it maps two symbols alike). Codes are stored only as a keyed hash (<see cref="HashWith"/>).
/// </summary>
public sealed record ConfirmationCode
{
    /// <summary>Digits 2-9 and the letters without I, L and O: 31 symbols.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int RandomSymbols = 11;

    public const int Length = RandomSymbols + 1;

    private const int GroupLength = 4;

    private ConfirmationCode(string symbols) => Symbols = symbols;

    /// <summary>The 12 symbols, without separators.</summary>
    public string Symbols { get; }

    /// <summary>Bits of randomness in a code: 11 symbols of 31.</summary>
    public static double Bits => RandomSymbols * Math.Log2(Alphabet.Length);

    /// <summary>A new code from the system's cryptographic random number generator.</summary>
    public static ConfirmationCode New()
    {
        var symbols = new char[RandomSymbols];
        for (var i = 0; i < symbols.Length; i++)
        {
            symbols[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        var body = new string(symbols);
        return new ConfirmationCode(body + CheckSymbol(body));
    }

    /// <summary>
    /// Reads a code as a worker typed it: any case, with or without spaces and hyphens. Null when it cannot be a code
    /// (wrong length, a symbol not in the alphabet, a failed check): the worker is told to check the code.
    /// </summary>
    public static ConfirmationCode? Parse(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return null;
        }

        var symbols = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (Alphabet.IndexOf(upper, StringComparison.Ordinal) < 0 || symbols.Length == Length)
            {
                return null;
            }

            symbols.Append(upper);
        }

        var code = symbols.ToString();
        return code.Length == Length && CheckSymbol(code[..RandomSymbols]) == code[^1] ? new ConfirmationCode(code) : null;
    }

    /// <summary>The code in groups of four: <c>ABCD-EFGH-JKMN</c>.</summary>
    public override string ToString() => string.Join('-', Symbols.Chunk(GroupLength).Select(g => new string(g)));

    /// <summary>What is stored instead of the code: HMAC-SHA256 under the deployment's key, so a reader of storage cannot recover it.</summary>
    public string HashWith(ReadOnlySpan<byte> key) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(Symbols)));

    /// <summary>
    /// The symbols' values weighted 1, 2, ... 11 and summed mod 31: as 31 is prime and the weights differ, a changed symbol
    /// or two swapped neighbours always change the sum.
    /// </summary>
    private static char CheckSymbol(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (i + 1) * Alphabet.IndexOf(body[i], StringComparison.Ordinal);
        }

        return Alphabet[sum % Alphabet.Length];
    }
}
