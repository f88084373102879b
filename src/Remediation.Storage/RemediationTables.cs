using System.Globalization;
using Azure.Data.Tables;

namespace Remediation.Storage;

/// <summary>
/// The product's tables in one storage account. A name prefix lets several task hubs, or tests, share an account
/// without seeing each other's data.
/// </summary>
public sealed class RemediationTables
{
    public RemediationTables(TableServiceClient service, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length > 0 && (!char.IsAsciiLetter(prefix[0]) || !prefix.All(char.IsAsciiLetterOrDigit) || prefix.Length > 40))
        {
            throw new ArgumentException("A table prefix is up to 40 letters and digits, starting with a letter.", nameof(prefix));
        }

        Cases = service.GetTableClient(prefix + "cases");
        LedgerShards = [.. Enumerable.Range(0, Ledger.LedgerShard.Count)
            .Select(shard => service.GetTableClient(prefix + "ledger" + (shard == 0 ? "" : shard.ToString(CultureInfo.InvariantCulture))))];
        Codes = service.GetTableClient(prefix + "ledgercodes");
        Samples = service.GetTableClient(prefix + "ledgersamples");
        Timeline = service.GetTableClient(prefix + "timeline");
        CaseIndex = service.GetTableClient(prefix + "caseindex");
        Intakes = service.GetTableClient(prefix + "intakes");
        Outbox = service.GetTableClient(prefix + "outbox");
        Inbox = service.GetTableClient(prefix + "inbox");
        Parties = service.GetTableClient(prefix + "parties");
        ApiKeys = service.GetTableClient(prefix + "apikeys");
        Evidence = service.GetTableClient(prefix + "evidence");
        Commands = service.GetTableClient(prefix + "commands");
        Subscriptions = service.GetTableClient(prefix + "subscriptions");
        Deliveries = service.GetTableClient(prefix + "deliveries");
        Members = service.GetTableClient(prefix + "members");
        Audit = service.GetTableClient(prefix + "audit");
        Contracts = service.GetTableClient(prefix + "contracts");
        ReportFacts = service.GetTableClient(prefix + "reportfacts");
        PublicReports = service.GetTableClient(prefix + "publicreports");
    }

    public RemediationTables(string connectionString, string prefix = "")
        : this(StorageConnection.FromConnectionString(connectionString).TableService(), prefix)
    {
    }

    public TableClient Cases { get; }

    /// <summary>The ledger's tables: a case's workers are spread over them (<see cref="Ledger.LedgerShard"/>).</summary>
    public IReadOnlyList<TableClient> LedgerShards { get; }

    /// <summary>Workers' confirmation codes (keyed hashes), with the ledger: they map codes to worker references.</summary>
    public TableClient Codes { get; }

    /// <summary>Verification samples, with the ledger: they list worker references.</summary>
    public TableClient Samples { get; }

    public TableClient Timeline { get; }

    public TableClient CaseIndex { get; }

    public TableClient Intakes { get; }

    public TableClient Outbox { get; }

    public TableClient Inbox { get; }

    public TableClient Parties { get; }

    public TableClient ApiKeys { get; }

    public TableClient Evidence { get; }

    public TableClient Commands { get; }

    public TableClient Subscriptions { get; }

    public TableClient Deliveries { get; }

    /// <summary>Who may sign in with OpenID Connect, as what.</summary>
    public TableClient Members { get; }

    /// <summary>The admin audit log: sign-ins and changes to members, keys, parties and subscriptions.</summary>
    public TableClient Audit { get; }

    /// <summary>Public buyers' contracts with suppliers.</summary>
    public TableClient Contracts { get; }

    /// <summary>Each case's contribution to the reports and the aggregates built from them.</summary>
    public TableClient ReportFacts { get; }

    /// <summary>Public transparency reports, drafts and released.</summary>
    public TableClient PublicReports { get; }

    public IReadOnlyList<TableClient> All =>
        [
            Cases, .. LedgerShards, Codes, Samples, Timeline, CaseIndex, Intakes, Outbox, Inbox, Parties, ApiKeys, Evidence, Commands,
            Subscriptions, Deliveries, Members, Audit, Contracts, ReportFacts, PublicReports,
        ];

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
