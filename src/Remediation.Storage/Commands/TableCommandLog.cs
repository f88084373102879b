using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Cases;
using Remediation.Domain.Inbox;
using Remediation.Domain.Parties;
using Remediation.Domain.Rules;
using Remediation.Domain.Validation;
using Remediation.Storage.Serialization;

namespace Remediation.Storage.Commands;

/// <summary>
/// The commands table: partition = case, row = command id. A refusal keeps its reason and at most
/// <see cref="MaxErrors"/> field errors, so a row stays far below the table's 64 KB property limit.
/// </summary>
public sealed class TableCommandLog(RemediationTables tables) : ICommandLog
{
    public const int MaxErrors = 100;

    /// <summary>A refusal's reason is written for people; beyond this it is cut (the errors carry the detail).</summary>
    public const int MaxReasonLength = 8000;

    public async Task<CommandRecord> QueuedAsync(CommandRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            await tables.Commands.AddEntityAsync(ToEntity(record), cancellationToken).ConfigureAwait(false);
            return record;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already queued or completed: the first record stands.
            return await GetAsync(record.CaseId, record.CommandId, cancellationToken).ConfigureAwait(false) ?? record;
        }
    }

    public async Task CompletedAsync(CommandRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        // Merge: the queued record's payload hash stays.
        await tables.Commands.UpsertEntityAsync(ToEntity(record), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CommandRecord?> GetAsync(string caseId, string commandId, CancellationToken cancellationToken = default)
    {
        var row = await tables.Commands.GetEntityIfExistsAsync<TableEntity>(caseId, commandId, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!row.HasValue || row.Value is not { } e)
        {
            return null;
        }

        var refusal = e.GetString("RefusalKind") is { } kind
            ? new Refusal(Enum.Parse<RefusalKind>(kind), e.GetString("Reason") ?? string.Empty)
            {
                Errors = e.ContainsKey("Errors") ? Errors(DocumentColumns.Read(e, "Errors")) : [],
            }
            : null;
        return new CommandRecord(
            caseId,
            commandId,
            Enum.Parse<CaseCommand>(e.GetString("Kind")),
            new Actor(Enum.Parse<Role>(e.GetString("ActorRole")), e.GetString("ActorPartyId")) { By = ActedByColumns.Read(e) },
            e.GetDateTimeOffset("IssuedAt") ?? DateTimeOffset.MinValue,
            Enum.Parse<CommandState>(e.GetString("State")),
            e.GetDateTimeOffset("CompletedAt"),
            refusal)
        { PayloadHash = e.GetString("PayloadHash") };
    }

    private static TableEntity ToEntity(CommandRecord r)
    {
        var entity = new TableEntity(r.CaseId, r.CommandId)
        {
            ["Kind"] = r.Kind.ToString(),
            ["ActorRole"] = r.Actor.Role.ToString(),
            ["ActorPartyId"] = r.Actor.PartyId,
            ["IssuedAt"] = r.IssuedAt,
            ["State"] = r.State.ToString(),
            ["CompletedAt"] = r.CompletedAt,
            ["PayloadHash"] = r.PayloadHash,
            ["RefusalKind"] = r.Refusal?.Kind.ToString(),
            ["Reason"] = r.Refusal?.Reason is { } reason && reason.Length > MaxReasonLength ? reason[..MaxReasonLength] + "..." : r.Refusal?.Reason,
        };
        ActedByColumns.Write(entity, r.Actor.By);
        if (r.Refusal is { Errors.Count: > 0 } refusal)
        {
            DocumentColumns.Write(
                entity,
                JsonSerializer.Serialize(
                    refusal.Errors.Take(MaxErrors).Select(f => new StoredError(f.Path, f.Message, f.Row, f.Column)), StorageJson.Options),
                "Errors");
        }

        return entity;
    }

    private static IReadOnlyList<FieldError> Errors(string json) =>
        [.. (JsonSerializer.Deserialize<List<StoredError>>(json, StorageJson.Options) ?? [])
            .Select(e => new FieldError(e.Path, e.Message) { Row = e.Row, Column = e.Column })];

    private sealed record StoredError(string Path, string Message, int? Row, string? Column);
}
