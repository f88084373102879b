using Remediation.Domain.Currencies;
using Remediation.Domain.Ledger;

namespace Remediation.Domain.Confirmations;

/// <summary>What a worker says of the money recorded as paid to them: all of it, part of it (how much), or none.</summary>
public enum ReceiptAnswer
{
    All,
    Part,
    None,
}

/// <summary>
/// A worker's own answer, from the worker page or a text message: whether the money reached them and whether anyone
/// pressured them. It becomes receipt confirmations of the worker's own (method <see cref="Method"/>), one per currency
/// paid, recorded through the same command as a partner's. Pressure is reported apart, never on a receipt: tied to a
/// ledger change it would tell the supplier whose line it was. The problems are names of texts the worker is shown.
/// </summary>
public sealed record WorkerAnswer(ReceiptAnswer? Received, decimal? Amount, Currency? Currency, bool Pressure)
{
    public const string Method = "worker";

    public const string ChooseAnswer = nameof(ChooseAnswer);
    public const string WriteAmount = nameof(WriteAmount);
    public const string AmountTooLarge = nameof(AmountTooLarge);
    public const string AlreadyReceived = nameof(AlreadyReceived);

    /// <summary>
    /// The receipts this answer makes for <paramref name="line"/>, with ids from <paramref name="idPrefix"/> (the same
    /// answer again makes the same ids, so it is recorded once); or the problem to show. No receipts and no problem: the
    /// line has nothing recorded as paid, and only the pressure question was asked.
    /// </summary>
    public (IReadOnlyList<ReceiptConfirmation> Receipts, string? Problem) ToReceipts(LedgerLine line, string idPrefix, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(line);
        var paid = line.Paid.WithoutZeros().Currencies.ToList();
        if (paid.Count == 0)
        {
            return ([], null);
        }

        ReceiptConfirmation Receipt(Currency currency, bool received, decimal amount) =>
            new($"{idPrefix}-{currency.Code}", currency, received, amount, Method, RetaliationReported: false, today, []);

        switch (Received)
        {
            case ReceiptAnswer.All:
                return ([.. paid.Select(c => Receipt(c, true, line.Paid.For(c).Amount))], null);
            case ReceiptAnswer.None:
                var unconfirmed = paid.Where(c => line.Paid.For(c).Amount > line.Verified.For(c).Amount).ToList();
                return unconfirmed.Count == 0 ? ([], AlreadyReceived) : ([.. unconfirmed.Select(c => Receipt(c, false, 0m))], null);
            case ReceiptAnswer.Part:
                var currency = Currency is { } chosen && paid.Contains(chosen) ? chosen : paid.Count == 1 ? paid[0] : null;
                if (currency is null || Amount is not { } amount || amount < 0m || !currency.Fits(amount))
                {
                    return ([], WriteAmount);
                }

                if (amount > line.Paid.For(currency).Amount)
                {
                    return ([], AmountTooLarge);
                }

                return amount < line.Verified.For(currency).Amount
                    ? ([], WriteAmount)
                    : ([Receipt(currency, amount > 0m, amount)], null);
            default:
                return ([], ChooseAnswer);
        }
    }
}
