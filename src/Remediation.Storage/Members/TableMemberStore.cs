using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Keys;
using Remediation.Domain.Members;
using Remediation.Domain.Paging;
using Remediation.Domain.Parties;
using Remediation.Storage.Paging;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Members;

/// <summary>
/// Memberships in the members table, one partition so that every change is one transaction: <c>m|{id}</c> the
/// membership, <c>s|{sha256(issuer, subject)}</c> a copy of it under its sign-in (issuer URLs hold '/', which keys may
/// not; a copy, so that authenticating a request is one point read), and <c>e|{sha256(address)}</c> a pending
/// invitation. Every change writes the membership and its copy together; binding an invitation also drops the
/// invitation row, so two first sign-ins at once bind it once.
/// </summary>
public sealed class TableMemberStore(RemediationTables tables, KeyRing keys) : IMemberStore
{
    private const string Partition = "members";

    private readonly PageTokens tokens = new(keys);

    public async Task<bool> AddAsync(Membership member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        List<TableTransactionAction> actions = [new(TableTransactionActionType.Add, ToEntity(member))];
        if (member.Issuer is { } issuer && member.Subject is { } subject)
        {
            actions.Add(new(TableTransactionActionType.Add, ToEntity(member, SubjectRow(issuer, subject))));
        }

        if (member.Status == MemberStatus.Invited && member.Email is { } email)
        {
            actions.Add(new(TableTransactionActionType.Add, Pointer(EmailRow(email), member.Id)));
        }

        return await SubmitAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Membership?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await ReadAsync("m|" + id, cancellationToken).ConfigureAwait(false)) is { } row ? ToMember(row) : null;

    public async Task<Membership?> FindBySubjectAsync(string issuer, string subject, CancellationToken cancellationToken = default) =>
        (await ReadAsync(SubjectRow(issuer, subject), cancellationToken).ConfigureAwait(false)) is { } row ? ToMember(row) : null;

    public async Task<Membership?> FindInvitationAsync(string email, CancellationToken cancellationToken = default) =>
        await FollowAsync(EmailRow(email), cancellationToken).ConfigureAwait(false) is { Status: MemberStatus.Invited } invited ? invited : null;

    public async Task<bool> BindAsync(Membership invitation, Membership bound, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(bound);
        if (await ReadAsync("m|" + invitation.Id, cancellationToken).ConfigureAwait(false) is not { } row
            || ToMember(row).Status != MemberStatus.Invited || bound.Issuer is null || bound.Subject is null || invitation.Email is null)
        {
            return false;
        }

        return await SubmitAsync(
            [
                new(TableTransactionActionType.UpdateReplace, ToEntity(bound), row.ETag),
                new(TableTransactionActionType.Add, ToEntity(bound, SubjectRow(bound.Issuer, bound.Subject))),
                new(TableTransactionActionType.Delete, new TableEntity(Partition, EmailRow(invitation.Email)), ETag.All),
            ],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> UpdateAsync(Membership before, Membership after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (await ReadAsync("m|" + before.Id, cancellationToken).ConfigureAwait(false) is not { } row || ToMember(row) != before)
        {
            return false;
        }

        List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, ToEntity(after), row.ETag)];
        if (after.Issuer is { } issuer && after.Subject is { } subject && after.Status != MemberStatus.Invited)
        {
            actions.Add(new(TableTransactionActionType.UpdateReplace, ToEntity(after, SubjectRow(issuer, subject)), ETag.All));
        }

        if (before.Status == MemberStatus.Invited && after.Status != MemberStatus.Invited && before.Email is { } email)
        {
            // An invitation disabled before its first sign-in can no longer be bound.
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(Partition, EmailRow(email)), ETag.All));
        }

        return await SubmitAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    public Task<Paged<Membership>> ListAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        PagedQuery.ReadAsync(
            tokens,
            tables.Members,
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {"m|"} and RowKey lt {"m}"}"),
            "members",
            page,
            ToMember,
            cancellationToken);

    /// <summary>The address as an invitation's key: case-insensitive, as mail systems treat the local part in practice.</summary>
    private static string EmailRow(string email) => "e|" + Digest(email.Trim().ToUpperInvariant());

    private static string SubjectRow(string issuer, string subject) => "s|" + Digest(issuer + "\n" + subject);

    private static string Digest(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static TableEntity Pointer(string rowKey, string memberId) => new(Partition, rowKey) { ["MemberId"] = memberId };

    private async Task<Membership?> FollowAsync(string rowKey, CancellationToken cancellationToken) =>
        await ReadAsync(rowKey, cancellationToken).ConfigureAwait(false) is { } pointer
            ? await GetAsync(pointer.GetString("MemberId"), cancellationToken).ConfigureAwait(false)
            : null;

    private async Task<TableEntity?> ReadAsync(string rowKey, CancellationToken cancellationToken)
    {
        var row = await tables.Members.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    private async Task<bool> SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Members.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is StorageStatus.Conflict or StorageStatus.PreconditionFailed or 404)
        {
            return false;
        }
    }

    private static TableEntity ToEntity(Membership m, string? rowKey = null)
    {
        var entity = new TableEntity(Partition, rowKey ?? "m|" + m.Id)
        {
            ["MemberId"] = m.Id,
            ["DisplayName"] = m.DisplayName,
            ["Role"] = m.Role.ToString(),
            ["PartyId"] = m.PartyId,
            ["Status"] = m.Status.ToString(),
            ["CreatedAt"] = m.CreatedAt,
            ["Email"] = m.Email,
            ["Issuer"] = m.Issuer,
            ["Subject"] = m.Subject,
            ["BoundAt"] = m.BoundAt,
            ["DisabledAt"] = m.DisabledAt,
            ["IsClient"] = m.IsClient,
        };
        ActedByColumns.Write(entity, m.CreatedBy, "CreatedBy");
        return entity;
    }

    private static Membership ToMember(TableEntity row) =>
        new(
            row.GetString("MemberId"),
            row.GetString("DisplayName"),
            Enum.Parse<Role>(row.GetString("Role")),
            row.GetString("PartyId"),
            Enum.Parse<MemberStatus>(row.GetString("Status")),
            row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            ActedByColumns.Read(row, "CreatedBy") ?? new ActedBy(ActedByKind.Key, "unknown", null))
        {
            Email = row.GetString("Email"),
            Issuer = row.GetString("Issuer"),
            Subject = row.GetString("Subject"),
            BoundAt = row.GetDateTimeOffset("BoundAt"),
            DisabledAt = row.GetDateTimeOffset("DisabledAt"),
            IsClient = row.GetBoolean("IsClient") ?? false,
        };
}
