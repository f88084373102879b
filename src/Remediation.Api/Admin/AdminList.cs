using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Contracts.Cases;
using Remediation.Domain.Paging;
using Remediation.Domain.Validation;

namespace Remediation.Api.Admin;

/// <summary>The admin lists (parties, members, keys, audit): one page, read with the usual pageSize and continuationToken.</summary>
public static class AdminList
{
    public static async Task<IResult> PageAsync<T, TView>(
        ApiRequest request, Func<PageRequest, CancellationToken, Task<Paged<T>>> read, Func<T, TView> view)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(read);
        var errors = new ErrorList();
        var page = Cases.Paging.Read(request.Http, errors);
        if (errors.Any)
        {
            return Problem.BadRequest("The query string is not valid.", errors.Errors);
        }

        var result = await read(page, request.Cancellation).ConfigureAwait(false);
        return Results.Json(
            new Page<TView> { Items = [.. result.Items.Select(view)], ContinuationToken = result.ContinuationToken }, ApiJson.Options);
    }
}
