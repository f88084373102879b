using System.Text.Json;
using Remediation.Contracts.Notifications;
using Remediation.Domain.Notifications;

namespace Remediation.Api.Tests.Notifications;

public class EventTypeTests
{
    [Fact]
    public void Every_notification_kind_is_an_event_type_of_the_contract_with_the_same_wire_name()
    {
        Assert.Equal(Enum.GetNames<NotificationKind>(), Enum.GetNames<EventType>());
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            var wire = JsonSerializer.Serialize(Enum.Parse<EventType>(kind.ToString())).Trim('"');
            Assert.Equal(EventTypes.NameOf(kind), wire);
            Assert.Equal("org.remediation." + wire, EventTypes.CloudEventType(kind));
        }
    }

    [Fact]
    public void Delivery_statuses_of_the_contract_are_the_domains()
    {
        Assert.Equal(Enum.GetNames<Domain.Notifications.DeliveryStatus>(), Enum.GetNames<Contracts.Notifications.DeliveryStatus>());
    }
}
