namespace Remediation.Development.Identity;

/// <summary>A confidential client (a partner's integration) that gets API tokens with its secret, by client credentials.</summary>
public sealed record LocalMachineClient(string ClientId, string Secret, string Name);
