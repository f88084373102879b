using CoreDataConverter = DurableTask.Core.Serializing.DataConverter;
using SdkDataConverter = Microsoft.DurableTask.DataConverter;

namespace Remediation.Server.Engine;

/// <summary>
/// DurableTask.Core's converter that writes what the SDK's converter writes, so that inputs and events sent by
/// <see cref="EngineClient"/> read back in the orchestrations exactly as they would through the SDK's own client.
/// </summary>
public sealed class SdkJsonConverter(SdkDataConverter sdk) : CoreDataConverter
{
    public override string Serialize(object value) => sdk.Serialize(value) ?? "null";

    public override string Serialize(object value, bool formatted) => Serialize(value);

    public override object Deserialize(string data, Type objectType) => sdk.Deserialize(data, objectType)!;
}
