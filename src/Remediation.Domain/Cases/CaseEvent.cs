namespace Remediation.Domain.Cases;

/// <summary>Something that happened to a case, for its timeline. <see cref="Kind"/> is one of <see cref="CaseEventKinds"/>.</summary>
public sealed record CaseEvent(string Kind, string Description);
