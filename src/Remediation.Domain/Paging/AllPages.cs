namespace Remediation.Domain.Paging;

/// <summary>Every item of a paged list, read page by page at the largest size: for small lists read whole (parties, contracts).</summary>
public static class AllPages
{
    public static async Task<List<T>> ReadAsync<T>(
        Func<PageRequest, CancellationToken, Task<Paged<T>>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var items = new List<T>();
        string? token = null;
        do
        {
            var page = await read(new PageRequest(PageRequest.MaxSize, token), cancellationToken).ConfigureAwait(false);
            items.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return items;
    }
}
