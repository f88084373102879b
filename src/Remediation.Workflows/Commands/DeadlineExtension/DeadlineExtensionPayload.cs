namespace Remediation.Workflows.Commands.DeadlineExtension;

/// <summary>The caseworker moves the current deadline later, with a reason.</summary>
public sealed record DeadlineExtensionPayload(DateTimeOffset NewDeadline, string? Reason);
