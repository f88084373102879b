using System.Text.Json.Serialization;

namespace Remediation.Contracts.Commands;

[JsonConverter(typeof(JsonStringEnumConverter<CommandState>))]
public enum CommandState
{
    /// <summary>Checked and waiting for the case's orchestration.</summary>
    [JsonStringEnumMemberName("queued")]
    Queued,

    [JsonStringEnumMemberName("applied")]
    Applied,

    /// <summary>The case had changed by the time the command's turn came; <see cref="CommandStatus.Problem"/> says why.</summary>
    [JsonStringEnumMemberName("refused")]
    Refused,
}
