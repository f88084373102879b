using Microsoft.Extensions.Options;
using Remediation.Contracts.Notifications;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;
using ContractStage = Remediation.Contracts.Cases.Stage;
using ContractWaitingFor = Remediation.Contracts.Cases.WaitingFor;

namespace Remediation.Notifications.Dispatch;

/// <summary>What every channel says of an outbox entry: the event's data, its stable id and the link to the case.</summary>
public sealed class NotificationFacts(IOptions<NotificationOptions> options)
{
    public string BaseUrl => (options.Value.PublicBaseUrl ?? string.Empty).TrimEnd('/');

    public NotificationData DataOf(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var n = entry.Notification;
        var aboutCase = entry.Case is not null;
        return new NotificationData
        {
            Kind = EventTypeOf(n.Kind),
            CaseId = aboutCase ? n.CaseId : null,
            Stage = entry.Case is { } c ? Enum.Parse<ContractStage>(c.Stage.ToString()) : null,
            EscalationLevel = entry.Case is null ? null : n.Kind == NotificationKind.Escalated ? (int)n.Level : (int)entry.Case.EscalationLevel,
            Deadline = entry.Case?.Deadline,
            WaitingFor = entry.Case is null ? null : entry.Case.WaitingFor switch
            {
                null => ContractWaitingFor.Nobody,
                Role.Supplier => ContractWaitingFor.Supplier,
                Role.Partner => ContractWaitingFor.Partner,
                _ => ContractWaitingFor.Caseworker,
            },
            CaseUrl = aboutCase ? CaseUrl(n.CaseId) : null,
            Summary = n.Message,
        };
    }

    /// <summary>The contract's name for a kind (the two enums mirror each other; a test keeps them in step).</summary>
    public static EventType EventTypeOf(NotificationKind kind) => Enum.Parse<EventType>(kind.ToString());

    public string CaseUrl(string caseId) => $"{BaseUrl}/api/v1/cases/{Uri.EscapeDataString(caseId)}";

    /// <summary>The CloudEvents id: the same for every delivery and redelivery of one outbox entry.</summary>
    public static string EventId(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return "evt_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(entry.Id)))[..32];
    }
}
