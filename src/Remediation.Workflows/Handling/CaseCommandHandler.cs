using Remediation.Domain.Cases;

namespace Remediation.Workflows.Handling;

/// <summary>
/// A command's one handler, on its own payload type, in two steps: <see cref="ValidateAsync"/> checks the payload
/// (its fields, what it cites) and turns it into what the command applies (<typeparamref name="TChecked"/>: a payroll's
/// payments per worker, a plan's instalments), and <see cref="ApplyAsync(CommandContext, TChecked, CancellationToken)"/>
/// applies that to the ledger and the case, whose own method checks the case's rules. The API's preview hands the
/// handler the payload object it built from the request (no JSON between them); the activity hands it the payload read
/// once from the inbox. Either way the same two steps decide, on the case loaded once for the step, and nothing is
/// parsed twice: what Validate built is what Apply applies.
/// </summary>
public abstract class CaseCommandHandler<TPayload, TChecked> : ICaseCommandHandler
    where TPayload : class
    where TChecked : class
{
    public abstract CaseCommand Kind { get; }

    public async Task<Transition> ApplyAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<TPayload>() is not { } payload)
        {
            return context.Unreadable();
        }

        var check = await ValidateAsync(context, payload, cancellationToken).ConfigureAwait(false);
        return check.Refusal is { } refusal
            ? context.Refuse(refusal)
            : await ApplyAsync(context, check.Value!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks the payload; what it returns is what <see cref="ApplyAsync(CommandContext, TChecked, CancellationToken)"/> applies.</summary>
    protected abstract Task<Checked<TChecked>> ValidateAsync(CommandContext context, TPayload payload, CancellationToken cancellationToken);

    /// <summary>Applies the checked command to the ledger and the case (in a preview: changes nothing, previews the ledger).</summary>
    protected abstract Task<Transition> ApplyAsync(CommandContext context, TChecked command, CancellationToken cancellationToken);
}

/// <summary>A command whose payload needs no check of its own: the case's method checks all of it when applied.</summary>
public abstract class CaseCommandHandler<TPayload> : CaseCommandHandler<TPayload, TPayload>
    where TPayload : class
{
    protected override Task<Checked<TPayload>> ValidateAsync(CommandContext context, TPayload payload, CancellationToken cancellationToken) =>
        Task.FromResult(Checked.Valid(payload));
}
