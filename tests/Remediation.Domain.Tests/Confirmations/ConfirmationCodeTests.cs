using Remediation.Domain.Confirmations;

namespace Remediation.Domain.Tests.Confirmations;

public class ConfirmationCodeTests
{
    private static readonly ConfirmationCode Sample = ConfirmationCode.Parse(Valid("7KQ9XMA2TRW"))!;

    /// <summary>A valid code from 11 chosen symbols: the check symbol is the one (of 31) that parses.</summary>
    private static string Valid(string body) =>
        ConfirmationCode.Alphabet.Select(c => body + c).Single(candidate => ConfirmationCode.Parse(candidate) is not null);

    [Fact]
    public void A_new_code_carries_at_least_50_bits_in_three_groups_of_four_from_an_alphabet_without_look_alikes()
    {
        var code = ConfirmationCode.New();

        Assert.True(ConfirmationCode.Bits >= 50, $"{ConfirmationCode.Bits} bits");
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$",
            code.ToString());
        Assert.DoesNotContain(ConfirmationCode.Alphabet, c => "0O1IL".Contains(c, StringComparison.Ordinal));
        Assert.Equal(code, ConfirmationCode.Parse(code.ToString()));
    }

    [Fact]
    public void New_codes_differ()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => ConfirmationCode.New().Symbols).ToHashSet();

        Assert.Equal(1000, codes.Count);
    }

    [Theory]
    [InlineData(" 7kq9-xma2 trw")]
    [InlineData("7KQ9XMA2TRW")]
    public void A_code_is_read_in_any_case_with_or_without_spaces_and_hyphens(string typedBody)
    {
        var typed = typedBody + Sample.Symbols[^1];

        Assert.Equal(Sample, ConfirmationCode.Parse(typed));
    }

    [Fact]
    public void Every_single_mistyped_symbol_fails_the_check()
    {
        var wrong = Enumerable.Range(0, ConfirmationCode.Length)
            .SelectMany(i => ConfirmationCode.Alphabet.Where(c => c != Sample.Symbols[i])
                .Select(c => string.Concat(Sample.Symbols.AsSpan(0, i), c.ToString(), Sample.Symbols.AsSpan(i + 1))))
            .ToList();

        Assert.Equal(ConfirmationCode.Length * 30, wrong.Count);
        Assert.All(wrong, typed => Assert.Null(ConfirmationCode.Parse(typed)));
    }

    [Fact]
    public void Every_swap_of_two_different_neighbouring_symbols_fails_the_check()
    {
        var swaps = (from a in ConfirmationCode.Alphabet
                     from b in ConfirmationCode.Alphabet
                     where a != b
                     let code = Valid($"{a}{b}Q9XMA2TRW")
                     select $"{b}{a}{code[2..]}").ToList();

        Assert.Equal(930, swaps.Count);
        Assert.All(swaps, typed => Assert.Null(ConfirmationCode.Parse(typed)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7KQ9-XMA2-TRW")]
    [InlineData("7KQ9-XMA2-TRWAB")]
    [InlineData("0KQ9-XMA2-TRWA")]
    [InlineData("7KQ9-XMA2-TRW!")]
    public void What_cannot_be_a_code_is_not_read(string? typed) => Assert.Null(ConfirmationCode.Parse(typed));

    [Fact]
    public void The_stored_hash_depends_on_the_key_and_does_not_contain_the_code()
    {
        byte[] key = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];
        byte[] otherKey = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

        var hash = Sample.HashWith(key);

        Assert.Equal(hash, ConfirmationCode.Parse(Sample.ToString())!.HashWith(key));
        Assert.NotEqual(hash, Sample.HashWith(otherKey));
        Assert.DoesNotContain(Sample.Symbols, hash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(64, hash.Length);
    }
}
