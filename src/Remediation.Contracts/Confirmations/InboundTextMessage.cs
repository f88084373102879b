namespace Remediation.Contracts.Confirmations;

/// <summary>The fields of Twilio's incoming-message webhook that are read (it sends more; all are covered by its signature).</summary>
public sealed record InboundTextMessage
{
    /// <summary>The worker's number: used for the reply, never stored.</summary>
    public required string From { get; init; }

    /// <summary>The partner's Twilio number the worker texted.</summary>
    public required string To { get; init; }

    /// <summary>The worker's message: the code and the answer.</summary>
    public required string Body { get; init; }

    public string? MessageSid { get; init; }
}
