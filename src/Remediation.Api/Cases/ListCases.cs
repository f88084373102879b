using System.Globalization;
using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Api.Views;
using Remediation.Domain.Cases;
using Remediation.Domain.Deadlines;
using Remediation.Domain.Parties;
using Remediation.Domain.Validation;

namespace Remediation.Api.Cases;

/// <summary>
/// GET /cases with filters <c>stage</c>, <c>supplierId</c>, <c>partnerId</c>, <c>overdue</c>,
/// <c>minEscalationLevel</c>: from the index tables. Partners and suppliers see only their own cases.
/// </summary>
public sealed class ListCases(ICaseIndex index, TimeProvider clock)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Http.Query;
        var errors = new ErrorList();
        Stage? stage = null;
        if (query.TryGetValue("stage", out var stageText))
        {
            if (Enum.TryParse<Stage>(stageText, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                stage = parsed;
            }
            else
            {
                errors.Add("$.stage", $"Expected one of [{string.Join(", ", Enum.GetNames<Stage>())}].");
            }
        }

        var overdue = false;
        if (query.TryGetValue("overdue", out var overdueText) && !bool.TryParse(overdueText, out overdue))
        {
            errors.Add("$.overdue", "Expected true or false.");
        }

        EscalationLevel? minLevel = null;
        if (query.TryGetValue("minEscalationLevel", out var levelText))
        {
            if (int.TryParse(levelText, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 0 and <= 4)
            {
                minLevel = (EscalationLevel)level;
            }
            else
            {
                errors.Add("$.minEscalationLevel", "Expected a whole number from 0 to 4.");
            }
        }

        var supplierId = query.TryGetValue("supplierId", out var s) ? s.ToString() : null;
        var partnerId = query.TryGetValue("partnerId", out var p) ? p.ToString() : null;
        foreach (var (name, value) in new[] { ("supplierId", supplierId), ("partnerId", partnerId) })
        {
            if (value is not null && !Domain.Intake.Identifiers.PartyId().IsMatch(value))
            {
                errors.Add($"$.{name}", $"{name} is 1 to 64 letters, digits or . _ -.");
            }
        }

        var page = Paging.Read(request.Http, errors);
        if (errors.Any)
        {
            return Problem.BadRequest("The query string is not valid.", errors.Errors);
        }

        // A party's own cases only: its id is forced into the filter, whatever it asked for.
        switch (request.Caller.Role)
        {
            case Role.Partner when partnerId is not null && partnerId != request.Caller.PartyId:
            case Role.Supplier when supplierId is not null && supplierId != request.Caller.PartyId:
                return Results.Json(new Contracts.Cases.Page<Contracts.Cases.CaseListItem> { Items = [] }, ApiJson.Options);
            case Role.Partner:
                partnerId = request.Caller.PartyId;
                break;
            case Role.Supplier:
                supplierId = request.Caller.PartyId;
                break;
        }

        var result = await index.QueryAsync(
            new CaseQuery(stage, supplierId, partnerId, overdue, minLevel), clock.GetUtcNow(), page, request.Cancellation).ConfigureAwait(false);
        return Results.Json(
            new Contracts.Cases.Page<Contracts.Cases.CaseListItem>
            {
                Items = [.. result.Items.Select(CaseViews.From)],
                ContinuationToken = result.ContinuationToken,
            },
            ApiJson.Options);
    }
}
