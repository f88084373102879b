using Microsoft.AspNetCore.Http;
using Remediation.Api.Json;
using Remediation.Api.Routing;
using Remediation.Contracts.Procurement;
using Remediation.Domain.Reporting;

namespace Remediation.Api.Procurement;

/// <summary>GET /suppliers/method: every indicator's source and rule, from the one catalogue the figures are computed by.</summary>
public static class GetRiskMethod
{
    public const string Summary =
        "Each indicator is computed by its stated rule from its stated source; there is no composite score. Only cases a caseworker " +
        "accepted at triage with the supplier linked count for or against it. Money is per currency, never converted. " +
        "Partner-reported facts (sector, workforce) are shown as reported. See docs/risk-method.md.";

    public static RiskMethodView View { get; } = new()
    {
        Summary = Summary,
        Indicators = [.. IndicatorCatalog.All.Select(i => new IndicatorDefinition
        {
            Name = i.Name,
            Label = i.Label,
            Kind = i.Kind == IndicatorKind.Number ? "number" : "text",
            AppliesTo = i.AppliesTo == IndicatorScope.Both ? "both" : "supplier",
            Source = i.Source,
            Rule = i.Rule,
        })],
    };

    public static Task<IResult> HandleAsync(ApiRequest request) => Task.FromResult<IResult>(Results.Json(View, ApiJson.Options));
}
