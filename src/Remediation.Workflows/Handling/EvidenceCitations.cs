using Remediation.Domain.Evidence;
using Remediation.Domain.Validation;

namespace Remediation.Workflows.Handling;

/// <summary>
/// Findings, payments, receipts and retaliation reports may cite evidence; every cited id must be evidence of the same
/// case that the sender may see (a supplier citing a partner-only file is told there is no such evidence).
/// </summary>
public static class EvidenceCitations
{
    public const int MaxPerItem = 20;

    public static async Task CheckAsync(
        IEvidenceStore evidence, CommandContext context, IEnumerable<(string Path, IReadOnlyList<string>? Ids)> citations, ErrorList errors,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (path, ids) in citations)
        {
            if (ids is null)
            {
                continue;
            }

            if (ids.Count > MaxPerItem)
            {
                errors.Add(path, $"Cite at most {MaxPerItem} evidence ids.");
                continue;
            }

            for (var i = 0; i < ids.Count; i++)
            {
                var id = ids[i];
                if (!known.TryGetValue(id ?? string.Empty, out var exists))
                {
                    exists = id is { Length: > 0 and <= 64 }
                        && await evidence.GetAsync(context.CaseId, id, cancellationToken).ConfigureAwait(false) is { } record
                        && record.IsVisibleTo(context.Actor.Role);
                    known[id ?? string.Empty] = exists;
                }

                if (!exists)
                {
                    errors.Add(
                        $"{path}[{i}]",
                        "No such evidence in this case; upload it first (POST /cases/{id}/evidence) and cite the evidenceId it returns.");
                }
            }
        }
    }
}
