using Remediation.Api.Authentication;
using Remediation.Domain.Notifications;
using Remediation.Domain.Parties;

namespace Remediation.Api.Subscriptions;

/// <summary>Whose subscriptions a caller manages: its own party's, or (admins) the caseworker team's.</summary>
internal static class SubscriptionOwner
{
    public static Recipient Of(Caller caller) => caller.Role switch
    {
        Role.Partner or Role.Supplier => new Recipient(caller.Role, caller.PartyId),
        _ => Recipient.Caseworkers,
    };
}
