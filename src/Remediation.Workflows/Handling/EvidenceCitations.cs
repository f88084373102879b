using Remediation.Domain.Evidence;
using Remediation.Domain.Validation;

namespace Remediation.Workflows.Handling;

/// <summary>Findings, payments and receipts may cite evidence; every cited id must be evidence of the same case.</summary>
internal static class EvidenceCitations
{
    public const int MaxPerItem = 20;

    public static async Task CheckAsync(IEvidenceStore evidence, string caseId, IEnumerable<(string Path, IReadOnlyList<string>? Ids)> citations, ErrorList errors, CancellationToken cancellationToken)
    {
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
                    exists = id is { Length: > 0 and <= 64 } && await evidence.GetAsync(caseId, id, cancellationToken).ConfigureAwait(false) is not null;
                    known[id ?? string.Empty] = exists;
                }

                if (!exists)
                {
                    errors.Add($"{path}[{i}]", "No such evidence in this case; upload it first (POST /cases/{id}/evidence) and cite the evidenceId it returns.");
                }
            }
        }
    }
}
