using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Remediation.Domain.Cases;
using Remediation.Domain.Confirmations;
using Remediation.Domain.Inbox;
using Remediation.Domain.Ledger;
using Remediation.Domain.Parties;
using Remediation.Workflows.Commands.Receipts;
using Remediation.Workflows.Commands.Retaliation;
using Remediation.Workflows.Handling;
using Remediation.Workflows.Sending;

namespace Remediation.Api.Confirmations;

/// <summary>
/// A worker's code and answer, from the worker page or a text message: looks the code up (limited per client and per
/// code), and records the answer through the same command path as a partner's receipts (<c>RecordReceipts</c>, actor
/// worker, method worker), waiting for it to be applied. One answer per code; a report of pressure is recorded once.
/// </summary>
public sealed class WorkerAnswers : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly IConfirmationCodeStore codes;
    private readonly ICaseStore cases;
    private readonly ILedgerStore ledger;
    private readonly CodeHashes hashes;
    private readonly CaseCommandSender sender;
    private readonly CallerDrain drain;
    private readonly CommandSignals signals;
    private readonly ICommandLog commandLog;
    private readonly TimeProvider clock;
    private readonly PartitionedRateLimiter<string> byClient;
    private readonly PartitionedRateLimiter<string> wrongByClient;
    private readonly PartitionedRateLimiter<string> byCode;

    // However many addresses a guesser has, an instance looks up at most this many codes that do not work a minute.
    private readonly RateLimiter wrongInAll;

    public WorkerAnswers(
        IConfirmationCodeStore codes,
        ICaseStore cases,
        ILedgerStore ledger,
        CodeHashes hashes,
        CaseCommandSender sender,
        CallerDrain drain,
        CommandSignals signals,
        ICommandLog commandLog,
        IOptions<WorkerPageOptions> options,
        TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        (this.codes, this.cases, this.ledger, this.hashes, this.sender, this.drain, this.signals, this.commandLog, this.clock) =
            (codes, cases, ledger, hashes, sender, drain, signals, commandLog, clock);
        byClient = PerHour(options.Value.TriesPerHourPerAddress);
        wrongByClient = PerHour(options.Value.WrongCodesPerHourPerAddress);
        byCode = PerHour(options.Value.TriesPerHourPerCode);
        wrongInAll = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.WrongCodesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        });
    }

    /// <summary>
    /// Looks up a typed code for <paramref name="client"/> (a client address, or a keyed hash of a phone number). A
    /// mistyped code costs no look-up; every look-up counts against the client and the code; a code that does not work
    /// counts against the client's wrong tries too.
    /// </summary>
    public async Task<CodeLookup> LookupAsync(string? typed, string client, CancellationToken cancellationToken)
    {
        if (IsOver(wrongByClient, client, take: false) || IsOverInAll(take: false) || ConfirmationCode.Parse(typed) is not { } code)
        {
            return IsOver(wrongByClient, client, take: false) || IsOverInAll(take: false) ? CodeLookup.TooManyTries : CodeLookup.Mistyped;
        }

        var current = hashes.Current(code);
        if (IsOver(byClient, client) || IsOver(byCode, current))
        {
            return CodeLookup.TooManyTries;
        }

        IssuedCode? issued = null;
        foreach (var hash in hashes.Candidates(code))
        {
            issued ??= await codes.FindAsync(hash, cancellationToken).ConfigureAwait(false);
        }

        var now = clock.GetUtcNow();
        var stored = issued is null || issued.IsExpired(now) ? null : await cases.GetAsync(issued.CaseId, cancellationToken).ConfigureAwait(false);
        var line = stored is null || stored.Value.IsClosed
            ? null
            : await ledger.GetLineAsync(issued!.CaseId, issued.WorkerRef, cancellationToken).ConfigureAwait(false);
        if (line is null)
        {
            IsOver(wrongByClient, client);
            IsOverInAll(take: true);
            return CodeLookup.NotValid;
        }

        return new CodeLookup(CodeLookupResult.Found, issued, stored!.Value, line);
    }

    /// <summary>
    /// Records <paramref name="answer"/> for a code found by <see cref="LookupAsync"/>. Pressure comes first, as a report
    /// of its own (once per code, whatever becomes of the money answer, and never tied to a ledger change); then the
    /// money answer, claimed on the code before it is sent (one answer per code) and given back if it is refused.
    /// Once sent, the wait is not cut short by the worker's connection: the answer is recorded either way.
    /// </summary>
    public async Task<AnswerOutcome> AnswerAsync(CodeLookup found, WorkerAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(answer);
        var (code, @case, line) = (found.Code!, found.Case!, found.Line!);
        var key = code.CodeHash.Split(':')[^1][..40];
        if (answer.Pressure && code.PressureReportedAt is null)
        {
            var payload = new RetaliationPayload("A worker reported pressure with their own confirmation code.");
            var reported = await SubmitAsync(@case.Id, $"worker-{key[..32]}-pressure", CaseCommand.ReportRetaliation, payload)
                .ConfigureAwait(false);
            if (reported.State == CommandState.Refused)
            {
                return AnswerOutcome.NotRecorded;
            }

            await codes.MarkPressureReportedAsync(code, clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (receipts, problem) = answer.ToReceipts(line, $"w-{key}", today);
        if (receipts.Count == 0 && problem is null)
        {
            return new AnswerOutcome(AnswerResult.NothingToConfirm, answer.Pressure);
        }

        if (code.AnsweredAt is not null || problem == WorkerAnswer.AlreadyReceived)
        {
            return new AnswerOutcome(AnswerResult.AlreadyReceived, answer.Pressure);
        }

        if (problem is not null)
        {
            return new AnswerOutcome(AnswerResult.Invalid, answer.Pressure, problem);
        }

        if (!await codes.MarkAnsweredAsync(code, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return new AnswerOutcome(AnswerResult.AlreadyReceived, answer.Pressure);
        }

        var receiptsPayload = new ReceiptsPayload([.. receipts.Select(r => new ReceiptPayload(
            code.WorkerRef, r.Id, r.Received, r.AmountReceived, r.Currency.Code, r.Method, r.RetaliationReported, r.ConfirmedOn))]);
        var record = await SubmitAsync(@case.Id, $"worker-{key[..32]}-answer", CaseCommand.RecordReceipts, receiptsPayload).ConfigureAwait(false);
        if (record.State == CommandState.Refused)
        {
            await codes.ReleaseAnsweredAsync(code, CancellationToken.None).ConfigureAwait(false);
            return AnswerOutcome.NotRecorded;
        }

        var disputed = receipts.Any(r => !r.Received || r.AmountReceived < line.Paid.For(r.Currency).Amount);
        return new AnswerOutcome(disputed ? AnswerResult.Disputed : AnswerResult.Confirmed, answer.Pressure);
    }

    public void Dispose()
    {
        wrongInAll.Dispose();
        byClient.Dispose();
        wrongByClient.Dispose();
        byCode.Dispose();
    }

    private static PartitionedRateLimiter<string> PerHour(int permits) =>
        PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetFixedWindowLimiter(
            partition, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));

    private bool IsOverInAll(bool take)
    {
        using var lease = wrongInAll.AttemptAcquire(take ? 1 : 0);
        return !lease.IsAcquired;
    }

    private static bool IsOver(PartitionedRateLimiter<string> limiter, string partition, bool take = true)
    {
        using var lease = limiter.AttemptAcquire(partition, take ? 1 : 0);
        return !lease.IsAcquired;
    }

    /// <summary>Queues the command as the worker's, applies the case's inbox here, and waits for the outcome.</summary>
    private async Task<CommandRecord> SubmitAsync<TPayload>(string caseId, string commandId, CaseCommand kind, TPayload payload)
    {
        var cancellationToken = CancellationToken.None;
        var handled = signals.Listen(caseId, commandId);
        try
        {
            if (await sender.QueueAsync(caseId, commandId, kind, Actor.Worker, payload, cancellationToken).ConfigureAwait(false))
            {
                var drained = drain.Start(caseId, commandId);
                await Task.WhenAny(handled, drained).WaitAsync(Wait, clock, cancellationToken).ConfigureAwait(false);
            }

            return await commandLog.GetAsync(caseId, commandId, cancellationToken).ConfigureAwait(false)
                ?? new CommandRecord(caseId, commandId, kind, Actor.Worker, clock.GetUtcNow(), CommandState.Queued);
        }
        catch (TimeoutException)
        {
            // Still queued: the case applies it in a moment; the worker is thanked all the same.
            return new CommandRecord(caseId, commandId, kind, Actor.Worker, clock.GetUtcNow(), CommandState.Queued);
        }
        finally
        {
            signals.Stop(caseId, commandId);
        }
    }
}

/// <summary>What became of a worker's answer.</summary>
public enum AnswerResult
{
    Confirmed,
    Disputed,
    NothingToConfirm,
    AlreadyReceived,
    Invalid,
    NotRecorded,
}

/// <summary>The outcome of an answer; <see cref="Problem"/> names the text to show when the answer needs fixing.</summary>
public sealed record AnswerOutcome(AnswerResult Result, bool Pressure, string? Problem = null)
{
    public static readonly AnswerOutcome NotRecorded = new(AnswerResult.NotRecorded, false);

    public static AnswerOutcome Invalid(string problem) => new(AnswerResult.Invalid, false, problem);
}
