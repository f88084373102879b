using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;
using Remediation.Workflows.Commands;

namespace Remediation.Workflows.Handling;

/// <summary>
/// What a handler gets: the case as stored, the command and its payload, either as the object the API built
/// (<paramref name="Payload"/>, in a preview) or as stored in the inbox (<paramref name="PayloadJson"/>). In a preview
/// (the API checking a command before accepting it) the handler must not write anything: ledger changes are previewed.
/// </summary>
public sealed record CommandContext(Case Case, CommandEnvelope Envelope, string? PayloadJson, object? Payload = null, bool IsPreview = false)
{
    public Actor Actor => Envelope.Actor;

    public DateTimeOffset Now => Envelope.IssuedAt;

    public string CaseId => Case.Id;

    public string CommandId => Envelope.CommandId;

    /// <summary>The payload as <typeparamref name="T"/>, or null when it is not valid JSON of that shape.</summary>
    public T? Read<T>()
        where T : class => Payload as T ?? (PayloadJson is null ? null : CommandJson.TryDeserialize<T>(PayloadJson));

    public Transition Refuse(string reason) => Transition.Refused(Case, Refusal.Invalid(reason));

    public Transition Refuse(Refusal refusal) => Transition.Refused(Case, refusal);

    public Transition Unreadable() => Refuse($"The {CommandRules.Describe(Envelope.Kind).ToLowerInvariant()} payload could not be read.");
}
