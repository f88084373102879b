using System.Net.Mail;
using Remediation.Domain.Members;
using Remediation.Domain.Parties;
using Remediation.Domain.Validation;

namespace Remediation.Api.Admin.Members;

/// <summary>What a membership's role and party, name and address must be: written once for creating and changing one.</summary>
public sealed class MemberRules(IPartyStore parties)
{
    public const int MaxEmailLength = 254;
    public const int MaxSubjectLength = 200;

    public async Task CheckRoleAsync(Role role, string? partyId, ErrorList errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Membership.NeedsParty(role))
        {
            var kind = role == Role.Partner ? PartyKind.Partner : PartyKind.Supplier;
            if (partyId is null || partyId.Length > 64 || !Domain.Intake.Identifiers.PartyId().IsMatch(partyId)
                || await parties.GetAsync(kind, partyId, cancellationToken).ConfigureAwait(false) is null)
            {
                errors.Add("$.partyId", $"partyId must name a registered {kind.ToString().ToLowerInvariant()} (POST /admin/parties first).");
            }
        }
        else if (partyId is not null)
        {
            errors.Add("$.partyId", "Only partners and suppliers act for a party; leave partyId out for caseworkers and admins.");
        }
    }

    public static void CheckName(string? name, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (ActedBy.Trimmed(name) is null || name!.Length > ActedBy.MaxNameLength || name.Any(char.IsControl))
        {
            errors.Add("$.displayName", $"displayName is required: 1 to {ActedBy.MaxNameLength} characters, no control characters.");
        }
    }

    /// <summary>A plain address (local@domain), as mail systems accept it; no display-name form.</summary>
    public static bool IsEmail(string email) =>
        email.Length <= MaxEmailLength && !email.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
        && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && parsed.Host.Contains('.', StringComparison.Ordinal);
}
