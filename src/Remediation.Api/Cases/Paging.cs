using System.Globalization;
using Microsoft.AspNetCore.Http;
using Remediation.Domain.Paging;
using Remediation.Domain.Validation;

namespace Remediation.Api.Cases;

/// <summary>Reads <c>pageSize</c> and <c>continuationToken</c> from the query string.</summary>
public static class Paging
{
    public static PageRequest Read(HttpRequest request, ErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        var size = PageRequest.DefaultSize;
        if (request.Query.TryGetValue("pageSize", out var sizeText)
            && (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > PageRequest.MaxSize))
        {
            errors.Add("$.pageSize", $"pageSize is a whole number from 1 to {PageRequest.MaxSize}.");
        }

        var token = request.Query.TryGetValue("continuationToken", out var t) ? t.ToString() : null;
        if (token is { Length: > 2048 })
        {
            errors.Add("$.continuationToken", "The continuation token is not valid; use the token from the previous page unchanged.");
        }

        return new PageRequest(size, string.IsNullOrEmpty(token) ? null : token);
    }
}
