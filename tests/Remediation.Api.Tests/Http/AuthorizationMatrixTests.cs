using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Remediation.Api.Routing;
using Remediation.Api.Tests.Builders;
using Remediation.Domain.Cases;
using Remediation.Domain.Parties;
using Xunit.Abstractions;

namespace Remediation.Api.Tests.Http;

/// <summary>
/// Every route of the route table x every kind of caller (own and other party, caseworker, admin, no key, revoked
/// key, expired key), against one case of PART-1 and SUP-1 in Triage. Bodies are empty objects (400 where the role
/// and stage allow the command, as every command needs some member), so nothing a
/// caller may do changes the case; the test checks that too.
/// </summary>
public class AuthorizationMatrixTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, CaseCommand> Commands = new()
    {
        ["AddWorkers"] = CaseCommand.AddWorkers, ["Triage"] = CaseCommand.Triage, ["Acknowledge"] = CaseCommand.Acknowledge,
        ["SubmitFindings"] = CaseCommand.SubmitFindings, ["DecideFindings"] = CaseCommand.DecideFindings, ["SubmitPlan"] = CaseCommand.SubmitPlan,
        ["DecidePlan"] = CaseCommand.DecidePlan, ["RecordPayments"] = CaseCommand.RecordPayments, ["RecordVerifications"] = CaseCommand.RecordReceipts,
        ["ReportRetaliation"] = CaseCommand.ReportRetaliation, ["ExtendDeadline"] = CaseCommand.ExtendDeadline, ["CloseCase"] = CaseCommand.Close,
        ["AddNote"] = CaseCommand.AddNote,
    };

    private enum CallerKind
    {
        OwnPartner,
        OtherPartner,
        OwnSupplier,
        OtherSupplier,
        Caseworker,
        Admin,
        NoKey,
        RevokedKey,
        ExpiredKey,

        /// <summary>Tokens only: a person whose membership an admin disabled, with a token that has not expired.</summary>
        DisabledMember,
    }

    /// <summary>With API keys, and with access tokens of people from the local OpenID Connect provider (the same rules).</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_route_answers_every_caller_as_the_rules_say_and_changes_nothing(bool tokens)
    {
        await using var rig = tokens ? await TokenRig.StartAsync() : null;
        await using var server = await ApiServer.StartAsync(settings: rig?.Settings);
        var keys = rig is null ? await KeysAsync(server) : await TokensAsync(server, rig);
        using var partner = server.Client(keys[CallerKind.OwnPartner]);
        var caseId = (await (await partner.PostAsJsonAsync("cases", Bodies.Grievance("MATRIX-1"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;
        var before = JsonSerializer.Serialize(await server.StoredCaseAsync(caseId));

        var failures = new List<string>();
        var cells = 0;
        foreach (var route in server.Services.GetService(typeof(RemediationApi)) is RemediationApi api ? api.Routes : [])
        {
            foreach (var (kind, key) in keys)
            {
                using var client = server.Client(key);
                var response = await client.SendAsync(Request(route, caseId));
                var expected = Expected(route, kind);
                cells++;
                if ((int)response.StatusCode != expected)
                {
                    failures.Add($"{route.Method} {route.Template} as {kind}: {(int)response.StatusCode}, expected {expected}: {await response.Content.ReadAsStringAsync()}");
                }
                else if (expected >= 400)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
            }
        }

        Assert.Equal(before, JsonSerializer.Serialize(await server.StoredCaseAsync(caseId)));
        cells += await NeedToKnowAsync(server, keys, failures);
        output.WriteLine($"{cells} cells of the authorization matrix exercised");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>
    /// The supplier's view of a case through its life: nothing while in Triage, nothing ever when rejected, the case
    /// once accepted (and listed), and a retaliation report's description withheld from it but not from the partner
    /// or caseworkers.
    /// </summary>
    private static async Task<int> NeedToKnowAsync(ApiServer server, Dictionary<CallerKind, string?> keys, List<string> failures)
    {
        using var partner = server.Client(keys[CallerKind.OwnPartner]);
        using var caseworker = server.Client(keys[CallerKind.Caseworker]);
        using var supplier = server.Client(keys[CallerKind.OwnSupplier]);
        var rejected = await OpenAsync(partner, "MATRIX-REJECTED");
        var accepted = await OpenAsync(partner, "MATRIX-ACCEPTED");
        await caseworker.PostAsJsonAsync($"cases/{rejected}/triage", new { accept = false, reason = "Outside the contract's scope." });
        await caseworker.PostAsJsonAsync($"cases/{accepted}/triage", new { accept = true, supplierId = "SUP-1" });
        await partner.PostAsJsonAsync($"cases/{accepted}/retaliation-reports", new { description = "Line leader B threatened the interviewed workers." });
        await server.WaitForAsync(rejected, c => c.Stage == "Closed", "rejection");
        await server.WaitForAsync(accepted, c => c.Stage == "SupplierAcknowledgement" && c.Priority == "priority", "acceptance and retaliation report");
        var cells = 0;
        foreach (var (caseId, visible) in new[] { (rejected, false), (accepted, true) })
        {
            foreach (var path in new[] { $"cases/{caseId}", $"cases/{caseId}/timeline", $"cases/{caseId}/workers", $"cases/{caseId}/timeline/verify" })
            {
                cells++;
                var status = (int)(await supplier.GetAsync(path)).StatusCode;
                if (status != (visible ? 200 : 404))
                {
                    failures.Add($"supplier GET {path}: {status}, expected {(visible ? 200 : 404)}");
                }
            }
        }

        var listed = (await supplier.GetFromJsonAsync<JsonElement>("cases")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseId").GetString()).ToList();
        cells++;
        if (!listed.SequenceEqual([accepted]))
        {
            failures.Add($"supplier's list: {string.Join(", ", listed)}, expected only {accepted}");
        }

        foreach (var (reader, sees) in new[] { (supplier, false), (partner, true), (caseworker, true) })
        {
            cells++;
            var timeline = await reader.GetStringAsync($"cases/{accepted}/timeline");
            if (timeline.Contains("Line leader B", StringComparison.Ordinal) != sees)
            {
                failures.Add($"retaliation description {(sees ? "missing for" : "shown to")} {(reader == supplier ? "the supplier" : "a party that may read it")}");
            }
        }

        return cells;
    }

    private static async Task<string> OpenAsync(HttpClient partner, string reference) =>
        (await (await partner.PostAsJsonAsync("cases", Bodies.Grievance(reference))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString()!;

    private static int Expected(ApiRoute route, CallerKind kind)
    {
        if (route.Anonymous)
        {
            // Text messages are not configured on this server: the webhook says so to everyone.
            return route.Name == "ReceiveTextMessage" ? 404 : 200;
        }

        if (kind is CallerKind.NoKey or CallerKind.RevokedKey or CallerKind.ExpiredKey)
        {
            return 401;
        }

        if (kind == CallerKind.DisabledMember)
        {
            return 403;
        }

        var (role, own) = kind switch
        {
            CallerKind.OwnPartner => (Role.Partner, true),
            CallerKind.OtherPartner => (Role.Partner, false),
            // Need-to-know: the case is in Triage, so even its named supplier may not see it yet.
            CallerKind.OwnSupplier => (Role.Supplier, false),
            CallerKind.OtherSupplier => (Role.Supplier, false),
            CallerKind.Caseworker => (Role.Caseworker, true),
            _ => (Role.Admin, true),
        };
        if (!route.Roles.Contains(role))
        {
            return 403;
        }

        if (route.Template.Contains("{caseId}", StringComparison.Ordinal) && !own)
        {
            return 404;
        }

        // A supplier reads its own supplier page (SUP-1 here) and no other: another's is 404.
        if (route.Template.Contains("{supplierId}", StringComparison.Ordinal) && role == Role.Supplier)
        {
            return kind == CallerKind.OwnSupplier ? 200 : 404;
        }

        if (Commands.TryGetValue(route.Name, out var command))
        {
            return !CommandRules.RolesFor(command).Contains(role) ? 403 : !CommandRules.StagesFor(command).Contains(Stage.Triage) ? 409 : 400;
        }

        return route.Name switch
        {
            "CreateCase" or "RegisterParty" or "IssueApiKey" or "CreateSubscription" or "CreateMember" or "RegisterContract" or "PreparePublicReport" => 400,
            "GetCaller" => 200,
            "RevokeApiKey" or "DownloadEvidence" or "GetCommandStatus" or "GetMember" or "ChangeMember" or "DisableMember" or "GetContract" or "GetPublicReportDraft" or "ReleasePublicReport" => 404,
            // Codes are issued in Reimbursement and Verification; the sample is drawn on entering Verification.
            "IssueConfirmationCodes" => 409,
            "GetVerificationSample" => 404,
            // Nobody has a subscription here: each caller's own are looked up, and there are none.
            "GetSubscription" or "DeleteSubscription" or "DisableSubscription" or "EnableSubscription" or "RotateSubscriptionSecret" or "ListDeliveries" or "RetryDelivery" => 404,
            "UploadEvidence" or "PreviewWorkersSheet" or "PreviewFindingsSheet" => 415,
            _ => 200,
        };
    }

    private static HttpRequestMessage Request(ApiRoute route, string caseId)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Template.Replace("{caseId}", caseId, StringComparison.Ordinal).Replace("{keyId}", "key-does-not-exist", StringComparison.Ordinal).Replace("{evidenceId}", "ev-none", StringComparison.Ordinal).Replace("{commandId}", "cmd-none", StringComparison.Ordinal).Replace("{problemType}", "validation", StringComparison.Ordinal).Replace("{subscriptionId}", "sub_none", StringComparison.Ordinal).Replace("{deliveryId}", "dlv_none", StringComparison.Ordinal).Replace("{memberId}", "mem_none", StringComparison.Ordinal).Replace("{supplierId}", "SUP-1", StringComparison.Ordinal).Replace("{contractId}", "contract-none", StringComparison.Ordinal).Replace("{reportId}", "pr-000000000000000000000000", StringComparison.Ordinal));
        if (route.Method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static async Task<Dictionary<CallerKind, string?>> KeysAsync(ApiServer server)
    {
        using var admin = server.Client(server.Keys.Admin);
        var revoked = await IssueAndRevokeAsync(admin);
        var expired = await Keys.IssueAsync(admin, "caseworker", null, DateTimeOffset.UtcNow.AddSeconds(1));
        await WaitUntilRefusedAsync(server, expired);
        return new Dictionary<CallerKind, string?>
        {
            [CallerKind.OwnPartner] = server.Keys.Partner, [CallerKind.OtherPartner] = server.Keys.OtherPartner,
            [CallerKind.OwnSupplier] = server.Keys.Supplier, [CallerKind.OtherSupplier] = server.Keys.OtherSupplier,
            [CallerKind.Caseworker] = server.Keys.Caseworker, [CallerKind.Admin] = server.Keys.Admin,
            [CallerKind.NoKey] = null, [CallerKind.RevokedKey] = revoked, [CallerKind.ExpiredKey] = expired,
        };
    }

    /// <summary>
    /// Each caller signed in at the provider (code flow with PKCE through its login page); a token signed by another
    /// key stands for a revoked key, an expired token for an expired key, and a disabled member is added.
    /// </summary>
    private static async Task<Dictionary<CallerKind, string?>> TokensAsync(ApiServer server, TokenRig rig)
    {
        await rig.AddMembersAsync(server);
        using var admin = server.Client(server.Keys.Admin);
        var disabledId = await rig.AddAsync(admin, TokenRig.Nobody.Subject, TokenRig.Nobody.Name, Role.Caseworker, null);
        var disabled = await rig.SignInAsync(TokenRig.Nobody);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"admin/members/{disabledId}/disable", null)).StatusCode);
        using var foreign = System.Security.Cryptography.RSA.Create(2048);
        var foreignKey = new Microsoft.IdentityModel.Tokens.SigningCredentials(
            new Microsoft.IdentityModel.Tokens.RsaSecurityKey(foreign) { KeyId = "foreign" }, "RS256");
        return new Dictionary<CallerKind, string?>
        {
            [CallerKind.OwnPartner] = await rig.SignInAsync(TokenRig.Pat), [CallerKind.OtherPartner] = await rig.SignInAsync(TokenRig.Pam),
            [CallerKind.OwnSupplier] = await rig.SignInAsync(TokenRig.Sam), [CallerKind.OtherSupplier] = await rig.SignInAsync(TokenRig.Sue),
            [CallerKind.Caseworker] = await rig.SignInAsync(TokenRig.Casey), [CallerKind.Admin] = await rig.SignInAsync(TokenRig.Ada),
            [CallerKind.NoKey] = null,
            [CallerKind.RevokedKey] = rig.Mint(TokenRig.Casey.Subject, key: foreignKey),
            [CallerKind.ExpiredKey] = rig.Mint(TokenRig.Casey.Subject, d => (d.NotBefore, d.IssuedAt, d.Expires) = (Ago(60), Ago(60), Ago(5))),
            [CallerKind.DisabledMember] = disabled,
        };
    }

    private static DateTime Ago(int minutes) => DateTime.UtcNow.AddMinutes(-minutes);

    private static async Task<string> IssueAndRevokeAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("admin/api-keys", new { role = "caseworker" });
        var issued = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"admin/api-keys/{issued.GetProperty("id").GetString()}")).StatusCode);
        return issued.GetProperty("key").GetString()!;
    }

    /// <summary>Waits for the key's expiry by asking the API who it is until the answer is 401.</summary>
    private static async Task WaitUntilRefusedAsync(ApiServer server, string key)
    {
        using var client = server.Client(key);
        var until = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync("me")).StatusCode != System.Net.HttpStatusCode.Unauthorized)
        {
            Assert.True(DateTime.UtcNow < until, "the key did not expire");
            await Task.Delay(50);
        }
    }
}
