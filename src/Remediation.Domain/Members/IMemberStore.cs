using Remediation.Domain.Paging;

namespace Remediation.Domain.Members;

/// <summary>Memberships by id, by the token's issuer and subject, and pending invitations by e-mail address.</summary>
public interface IMemberStore
{
    /// <summary>False when the subject or the invitation's address is taken by another membership.</summary>
    Task<bool> AddAsync(Membership member, CancellationToken cancellationToken = default);

    Task<Membership?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<Membership?> FindBySubjectAsync(string issuer, string subject, CancellationToken cancellationToken = default);

    Task<Membership?> FindInvitationAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>
    /// Binds an invitation to the issuer and subject of its first verified sign-in, in one transaction; false when another
    /// request bound it (or the subject) first.
    /// </summary>
    Task<bool> BindAsync(Membership invitation, Membership bound, CancellationToken cancellationToken = default);

    /// <summary>Replaces a membership (role, party, status); false when it changed since it was read.</summary>
    Task<bool> UpdateAsync(Membership before, Membership after, CancellationToken cancellationToken = default);

    Task<Paged<Membership>> ListAsync(PageRequest page, CancellationToken cancellationToken = default);
}
