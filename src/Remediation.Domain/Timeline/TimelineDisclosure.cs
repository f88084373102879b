using Remediation.Domain.Cases;
using Remediation.Domain.Parties;

namespace Remediation.Domain.Timeline;

/// <summary>
/// What each party may read of a timeline entry. A retaliation report is for the partner and caseworkers only: the
/// supplier, the party it is about, learns that the case became priority after a report, not what workers said; and of
/// partner-only evidence it learns that a file was added, not which (its hash would let it match a file it holds); of
/// the verification sample, that it was drawn, and its seed (who is in it) only once the case is closed, so that it
/// cannot pay the sampled workers first; of a worker's own answer, that receipts were recorded (not by whom).
/// </summary>
public static class TimelineDisclosure
{
    public const string WithheldRetaliation = "Retaliation against workers was reported to the monitoring partner; the case is now priority. " +
        "The report itself is shared with the partner and caseworkers only.";

    public const string WithheldSample = "The verification sample was drawn. Its seed, and so who is in it, is shown to the supplier " +
        "once the case is closed.";

    public const string WithheldFullVerification = "Every worker must now confirm receipt before the case can close as remediated.";

    public const string WithheldEvidence = "Evidence for the partner and caseworkers only was added.";

    public static string DescriptionFor(TimelineEntry entry, Role reader, bool caseClosed = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (reader, entry.Kind) switch
        {
            (Role.Supplier, CaseEventKinds.VerificationSampleDrawn) when !caseClosed => WithheldSample,
            (Role.Supplier, CaseEventKinds.FullVerificationRequired) => WithheldFullVerification,
            (Role.Supplier, CaseEventKinds.RetaliationReported) => WithheldRetaliation,
            (Role.Supplier, CaseEventKinds.EvidenceAddedPartnerOnly) => WithheldEvidence,
            _ => entry.Description,
        };
    }

    /// <summary>
    /// The kind and actor <paramref name="reader"/> reads: to the supplier a worker's own answer is a receipt recorded for
    /// the monitoring partner, so that with the ledger's changes it cannot tell which worker held a code and spoke.
    /// </summary>
    public static (string Kind, Role Actor, string? PartyId) SourceFor(TimelineEntry entry, Role reader, string partnerId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (reader != Role.Supplier || entry.ActorRole != Role.Worker)
        {
            return (entry.Kind, entry.ActorRole, entry.ActorPartyId);
        }

        return (entry.Kind == CaseEventKinds.ReceiptsConfirmedByWorker ? CaseEventKinds.ReceiptsRecorded : entry.Kind, Role.Partner, partnerId);
    }

    /// <summary>
    /// Who acted, as <paramref name="reader"/> may read it: caseworkers and admins, and a party for its own people, read the
    /// name; others the kind and id only (need-to-know: a supplier has no use for a partner's staff names).
    /// </summary>
    public static ActedBy? ActedByFor(TimelineEntry entry, Actor reader)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(reader);
        if (entry.By is not { } by)
        {
            return null;
        }

        var ownSide = reader.Role is Role.Caseworker or Role.Admin || (reader.Role == entry.ActorRole && reader.PartyId == entry.ActorPartyId);
        return ownSide ? by : by with { Name = null };
    }
}
