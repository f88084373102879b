using Remediation.Domain.Cases;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Ledger;

namespace Remediation.Api.Confirmations;

/// <summary>
/// What a typed code leads to: a mistyped code (its check symbol fails: "check the code", no look-up made), a code that
/// does not work (unknown, replaced, expired, or its case closed: one answer for all, so a guesser learns nothing), too
/// many tries, or the worker's code with their case and ledger line.
/// </summary>
public sealed record CodeLookup(CodeLookupResult Result, IssuedCode? Code = null, Case? Case = null, LedgerLine? Line = null)
{
    public static readonly CodeLookup Mistyped = new(CodeLookupResult.Mistyped);
    public static readonly CodeLookup NotValid = new(CodeLookupResult.NotValid);
    public static readonly CodeLookup TooManyTries = new(CodeLookupResult.TooManyTries);

    public bool IsFound => Result == CodeLookupResult.Found;

    /// <summary>The text a worker is shown for a code that cannot be used.</summary>
    public string TextName => Result switch
    {
        CodeLookupResult.Mistyped => "CheckCode",
        CodeLookupResult.TooManyTries => "TooManyTries",
        _ => "CodeNotValid",
    };
}

public enum CodeLookupResult
{
    Found,
    Mistyped,
    NotValid,
    TooManyTries,
}
