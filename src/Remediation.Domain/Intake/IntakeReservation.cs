namespace Remediation.Domain.Intake;

public enum IntakeReservationStatus
{
    /// <summary>First time this partner reference is seen: the proposed case id is now reserved for it.</summary>
    Reserved,

    /// <summary>The same body was sent before: the same case id.</summary>
    Replay,

    /// <summary>The partner reference is taken by a different body.</summary>
    Conflict,
}

/// <summary>The result of reserving a partner reference; <see cref="CaseId"/> is the case it belongs to.</summary>
public sealed record IntakeReservation(IntakeReservationStatus Status, string CaseId);
