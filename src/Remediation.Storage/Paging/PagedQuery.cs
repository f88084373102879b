using Azure;
using Azure.Data.Tables;
using Remediation.Domain.Paging;

namespace Remediation.Storage.Paging;

/// <summary>Reads one page of a table query, with continuation tokens scoped to the list that issued them.</summary>
internal static class PagedQuery
{
    public static async Task<Paged<T>> ReadAsync<T>(
        PageTokens tokens, TableClient table, string filter, string scope, PageRequest page, Func<TableEntity, T> map,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(map);
        var storageToken = tokens.Decode(scope, page.ContinuationToken);
        try
        {
            await foreach (var result in table.QueryAsync<TableEntity>(filter, page.ClampedSize, cancellationToken: cancellationToken)
                               .AsPages(storageToken, page.ClampedSize).ConfigureAwait(false))
            {
                return new Paged<T>([.. result.Values.Select(map)], tokens.Encode(scope, result.ContinuationToken));
            }
        }
        catch (Exception e) when (storageToken is not null && e is RequestFailedException { Status: 400 } or ArgumentException or FormatException)
        {
            throw new InvalidContinuationTokenException("The continuation token was not accepted; start again from the first page.", e);
        }

        return new Paged<T>([], null);
    }
}
