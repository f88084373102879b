namespace Remediation.Domain.Deadlines;

/// <summary>The escalation ladder: a ladder, not a cliff (Electronics Watch; UK guidance).</summary>
public enum EscalationLevel
{
    None = 0,

    /// <summary>Level 1: a reminder to the party that is late.</summary>
    Reminder = 1,

    /// <summary>Level 2: a formal notice to the contract manager.</summary>
    FormalNotice = 2,

    /// <summary>Level 3: escalation under the contract conditions.</summary>
    ContractEscalation = 3,

    /// <summary>Level 4: sanctions recommended; stays here until a caseworker acts.</summary>
    SanctionsRecommended = 4,
}
