using Remediation.Contracts.Admin;
using Remediation.Contracts.Session;
using Remediation.Domain.Members;
using Remediation.Domain.Parties;

namespace Remediation.Api.Views;

/// <summary>Roles, who acted, memberships, keys and audit records as the API shows them.</summary>
public static class AdminViews
{
    public static ApiRole Role(Role role) => role switch
    {
        Domain.Parties.Role.Partner => ApiRole.Partner,
        Domain.Parties.Role.Supplier => ApiRole.Supplier,
        Domain.Parties.Role.Caseworker => ApiRole.Caseworker,
        _ => ApiRole.Admin,
    };

    public static Role Role(ApiRole role) => role switch
    {
        ApiRole.Partner => Domain.Parties.Role.Partner,
        ApiRole.Supplier => Domain.Parties.Role.Supplier,
        ApiRole.Caseworker => Domain.Parties.Role.Caseworker,
        _ => Domain.Parties.Role.Admin,
    };

    public static ActedByView? ActedBy(ActedBy? by, bool withName = true) => by is null
        ? null
        : new ActedByView
        {
            Kind = by.Kind switch
            {
                Domain.Parties.ActedByKind.Person => Contracts.Session.ActedByKind.Person,
                Domain.Parties.ActedByKind.Client => Contracts.Session.ActedByKind.Client,
                _ => Contracts.Session.ActedByKind.Key,
            },
            Id = by.Id,
            Name = withName ? by.Name : null,
        };

    public static MemberView Member(Membership m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new MemberView
        {
            Id = m.Id,
            DisplayName = m.DisplayName,
            Role = Role(m.Role),
            PartyId = m.PartyId,
            Status = m.Status switch
            {
                Domain.Members.MemberStatus.Invited => Contracts.Admin.MemberStatus.Invited,
                Domain.Members.MemberStatus.Active => Contracts.Admin.MemberStatus.Active,
                _ => Contracts.Admin.MemberStatus.Disabled,
            },
            Email = m.Email,
            Issuer = m.Issuer,
            Subject = m.Subject,
            CreatedAt = m.CreatedAt,
            CreatedBy = ActedBy(m.CreatedBy)!,
            BoundAt = m.BoundAt,
            DisabledAt = m.DisabledAt,
        };
    }

    public static ApiKeyView Key(ApiKey k)
    {
        ArgumentNullException.ThrowIfNull(k);
        return new ApiKeyView
        {
            Id = k.Id, Label = k.Label, Role = Role(k.Role), PartyId = k.PartyId, CreatedAt = k.CreatedAt, ExpiresOn = k.ExpiresOn,
            Revoked = k.Revoked, CreatedBy = ActedBy(k.CreatedBy),
        };
    }

    public static Contracts.Audit.AuditEntryView Audit(Domain.Audit.AuditRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new Contracts.Audit.AuditEntryView { At = r.At, Kind = r.Kind, ActedBy = ActedBy(r.ActedBy), Target = r.Target, Detail = r.Detail };
    }

    public static PartyView Party(Party p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PartyView
        {
            Kind = p.Kind == Domain.Parties.PartyKind.Partner ? Contracts.Admin.PartyKind.Partner : Contracts.Admin.PartyKind.Supplier,
            Id = p.Id,
            Name = p.Name,
        };
    }
}
