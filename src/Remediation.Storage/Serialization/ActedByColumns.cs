using Azure.Data.Tables;
using Remediation.Domain.Parties;

namespace Remediation.Storage.Serialization;

/// <summary>Who acted, as three columns under a prefix (ActedByKind, ActedById, ActedByName), on any row that records it.</summary>
internal static class ActedByColumns
{
    public static void Write(TableEntity entity, ActedBy? by, string prefix = "ActedBy")
    {
        if (by is null)
        {
            return;
        }

        entity[prefix + "Kind"] = by.Kind.ToString();
        entity[prefix + "Id"] = by.Id;
        entity[prefix + "Name"] = by.Name;
    }

    public static ActedBy? Read(TableEntity entity, string prefix = "ActedBy") =>
        entity.GetString(prefix + "Kind") is { } kind && Enum.TryParse<ActedByKind>(kind, out var parsed) && entity.GetString(prefix + "Id") is { } id
            ? new ActedBy(parsed, id, entity.GetString(prefix + "Name"))
            : null;
}
