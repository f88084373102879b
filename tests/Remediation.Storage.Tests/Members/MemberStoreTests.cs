using Remediation.Domain.Audit;
using Remediation.Domain.Members;
using Remediation.Domain.Paging;
using Remediation.Domain.Parties;
using Remediation.Storage.Audit;
using Remediation.Storage.Members;
using Remediation.Testing;

namespace Remediation.Storage.Tests.Members;

public class MemberStoreTests
{
    private const string Issuer = "https://login.example/tenant/v2.0";
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly ActedBy Admin = ActedBy.Key("key-admin", "admin key");

    private static async Task<TableMemberStore> NewAsync() => new(await TestStorage.NewTablesAsync(), TestStorage.Keys);

    private static Membership Person(string name = "Casey", Role role = Role.Caseworker, string? party = null) =>
        new(Membership.NewId(), name, role, party, MemberStatus.Active, Now, Admin) { Issuer = Issuer, Subject = "sub-" + name };

    private static Membership Invitation(string email, Role role = Role.Partner, string? party = "PART-1") =>
        new(Membership.NewId(), "Invited " + email, role, party, MemberStatus.Invited, Now, Admin) { Email = email };

    [Fact]
    public async Task A_member_is_found_by_issuer_and_subject_and_by_id()
    {
        var store = await NewAsync();
        var casey = Person();

        Assert.True(await store.AddAsync(casey));

        Assert.Equal(casey, await store.FindBySubjectAsync(Issuer, "sub-Casey"));
        Assert.Equal(casey, await store.GetAsync(casey.Id));
        Assert.Null(await store.FindBySubjectAsync("https://other.example", "sub-Casey"));
    }

    [Fact]
    public async Task A_subject_has_one_membership()
    {
        var store = await NewAsync();
        await store.AddAsync(Person());

        Assert.False(await store.AddAsync(Person()));
        Assert.Single((await store.ListAsync(PageRequest.First)).Items);
    }

    [Fact]
    public async Task An_invitation_is_found_by_address_in_any_case_and_binds_once_when_two_sign_ins_race()
    {
        var store = await NewAsync();
        var invitation = Invitation("Nadia@MWRN.example");
        await store.AddAsync(invitation);
        var found = await store.FindInvitationAsync("nadia@mwrn.example");
        Assert.Equal(invitation, found);

        var bound = found! with { Status = MemberStatus.Active, Issuer = Issuer, Subject = "sub-nadia", BoundAt = Now };
        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => store.BindAsync(found, bound)));

        Assert.Single(results, r => r);
        Assert.Equal(MemberStatus.Active, (await store.FindBySubjectAsync(Issuer, "sub-nadia"))!.Status);
        Assert.Null(await store.FindInvitationAsync("nadia@mwrn.example"));
    }

    [Fact]
    public async Task A_disabled_invitation_can_no_longer_be_found_or_bound()
    {
        var store = await NewAsync();
        var invitation = Invitation("sam@supplier.example", Role.Supplier, "SUP-1");
        await store.AddAsync(invitation);

        Assert.True(await store.UpdateAsync(invitation, invitation with { Status = MemberStatus.Disabled, DisabledAt = Now }));

        Assert.Null(await store.FindInvitationAsync("sam@supplier.example"));
        Assert.False(await store.BindAsync(invitation, invitation with { Status = MemberStatus.Active, Issuer = Issuer, Subject = "s" }));
    }

    [Fact]
    public async Task An_update_from_a_stale_read_is_refused()
    {
        var store = await NewAsync();
        var casey = Person();
        await store.AddAsync(casey);
        Assert.True(await store.UpdateAsync(casey, casey with { Role = Role.Admin }));

        Assert.False(await store.UpdateAsync(casey, casey with { Status = MemberStatus.Disabled }));
        Assert.Equal(Role.Admin, (await store.FindBySubjectAsync(Issuer, "sub-Casey"))!.Role);
    }

    [Fact]
    public async Task The_list_pages_through_memberships_only()
    {
        var store = await NewAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.AddAsync(Person("p" + i));
        }

        await store.AddAsync(Invitation("x@y.example"));
        var first = await store.ListAsync(new PageRequest(4, null));
        var second = await store.ListAsync(new PageRequest(4, first.ContinuationToken));

        Assert.Equal(6, first.Items.Count + second.Items.Count);
        Assert.Null(second.ContinuationToken);
        Assert.Equal(6, first.Items.Concat(second.Items).Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public async Task The_audit_log_lists_newest_first_with_who_acted()
    {
        var log = new TableAuditLog(await TestStorage.NewTablesAsync(), TestStorage.Keys);
        await log.AppendAsync(AuditRecord.Of(Now, AuditRecord.KeyIssued, Admin, "key:key-1", "Issued."));
        await log.AppendAsync(AuditRecord.Of(Now.AddMinutes(1), AuditRecord.SignInFailed, null, "user:casey", "Wrong password."));
        await log.AppendAsync(AuditRecord.Of(Now, AuditRecord.KeyRevoked, Admin, "key:key-1", new string('x', 2000)));

        var page = await log.ListAsync(PageRequest.First);

        Assert.Equal(AuditRecord.SignInFailed, page.Items[0].Kind);
        Assert.Null(page.Items[0].ActedBy);
        Assert.Equal(3, page.Items.Count);
        Assert.Contains(page.Items, r => r.ActedBy == Admin && r.Kind == AuditRecord.KeyIssued);
        Assert.All(page.Items, r => Assert.True(r.Detail.Length <= AuditRecord.MaxDetailLength));
    }
}
