using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Cases;
using Remediation.Domain.Paging;
using Remediation.Domain.Validation;

namespace Remediation.Api.Cases;

/// <summary>What the paged reads of one case share: find the case (404), read the paging query (400), map a page to views.</summary>
internal static class PagedCaseRead
{
    public static async Task<IResult> HandleAsync<T, TView>(
        CaseAccess access, ApiRequest request, Func<Case, PageRequest, Task<Paged<T>>> read, Func<T, TView> view)
    {
        var (@case, problem) = await access.LoadAsync(request).ConfigureAwait(false);
        if (@case is null)
        {
            return problem!;
        }

        var errors = new ErrorList();
        var page = Paging.Read(request.Http, errors);
        if (errors.Any)
        {
            return Problem.BadRequest("The query string is not valid.", errors.Errors);
        }

        var result = await read(@case, page).ConfigureAwait(false);
        return Results.Json(
            new Contracts.Cases.Page<TView> { Items = [.. result.Items.Select(view)], ContinuationToken = result.ContinuationToken },
            ApiJson.Options);
    }
}
