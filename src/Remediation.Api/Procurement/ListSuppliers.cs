using System.Globalization;
using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Procurement;
using Remediation.Domain.Parties;
using Remediation.Domain.Paging;
using Remediation.Domain.Procurement;
using Remediation.Domain.Reporting;
using Remediation.Domain.Validation;

namespace Remediation.Api.Procurement;

/// <summary>
/// GET /suppliers (caseworkers): every registered supplier with every indicator, sorted and filtered by any of them.
/// Read from the suppliers' aggregates (one range of rows), the parties and the cached contracts; sorted in memory.
/// </summary>
public sealed class ListSuppliers(
    IPartyStore parties, IReportFacts facts, ContractDirectory contracts, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Domain.Deadlines.DeadlinePolicy> policy)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ErrorList();
        var query = SupplierListQuery.Read(request.Http, errors);
        var page = Cases.Paging.Read(request.Http, errors);
        var offset = 0;
        if (page.ContinuationToken is { } token && !TryOffset(token, query.Scope, out offset))
        {
            errors.Add("$.continuationToken", "The continuation token is not valid; use the token from the previous page unchanged.");
        }

        if (errors.Any)
        {
            return Problem.BadRequest("The query string is not valid.", errors.Errors);
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var aggregates = new Dictionary<string, CaseAggregate>(StringComparer.Ordinal);
        await foreach (var (id, aggregate) in facts.SuppliersAsync(request.Cancellation).ConfigureAwait(false))
        {
            aggregates[id] = aggregate;
        }

        var byContract = await contracts.AllAsync(request.Cancellation).ConfigureAwait(false);
        var items = (await SuppliersAsync(request.Cancellation).ConfigureAwait(false)).Select(s => new SupplierListItem
        {
            Id = s.Id,
            Name = s.Name,
            Indicators = SupplierReadModel.Readings(
                new SupplierFigures(
                    new SupplierRecord(aggregates.GetValueOrDefault(s.Id) ?? SupplierReadModel.Empty(), now, policy.Value.DayLength),
                    Leverage.Of(byContract[s.Id], today)),
                IndicatorScope.Supplier),
        });
        var sorted = query.Apply(items).ToList();
        var next = offset + page.Size < sorted.Count ? $"{offset + page.Size}.{query.Scope}" : null;
        return Results.Json(
            new Page<SupplierListItem> { Items = [.. sorted.Skip(offset).Take(page.Size)], ContinuationToken = next }, ApiJson.Options);
    }

    private async Task<List<Party>> SuppliersAsync(CancellationToken cancellationToken) =>
        [.. (await AllPages.ReadAsync(parties.ListAsync, cancellationToken).ConfigureAwait(false)).Where(p => p.Kind == PartyKind.Supplier)];

    /// <summary>A token is the next offset and the query it belongs to; anything else is refused.</summary>
    private static bool TryOffset(string token, string scope, out int offset)
    {
        offset = 0;
        var parts = token.Split('.');
        return parts.Length == 2 && parts[1] == scope
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset is > 0 and < 1_000_000;
    }
}
