using Remediation.Domain.Cases;

namespace Remediation.Workflows.Handling;

/// <summary>
/// A command's one handler, on its own payload type. The API's preview hands it the payload object it built from the
/// request (no JSON between them); the activity hands it the payload read once from the inbox. Either way the same
/// <see cref="ApplyAsync(CommandContext, TPayload, CancellationToken)"/> decides, on the case loaded once for the step.
/// </summary>
public abstract class CaseCommandHandler<TPayload> : ICaseCommandHandler
    where TPayload : class
{
    public abstract CaseCommand Kind { get; }

    public Task<Transition> ApplyAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Read<TPayload>() is { } payload
            ? ApplyAsync(context, payload, cancellationToken)
            : Task.FromResult(context.Unreadable());
    }

    /// <summary>Validates the payload against the case and applies it (in a preview: changes nothing, previews the ledger).</summary>
    protected abstract Task<Transition> ApplyAsync(CommandContext context, TPayload payload, CancellationToken cancellationToken);
}
