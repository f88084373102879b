using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Contracts.PublicReports;
using Remediation.Domain.Parties;
using Remediation.Domain.PublicReports;
using Remediation.Domain.Validation;

namespace Remediation.Api.PublicReports;

/// <summary>
/// POST /public-reports (caseworkers): prepares a report for a period from the report facts, frozen and under embargo
/// until released. Factories are named only when no case about them is open, or when the caseworker chose them.
/// </summary>
public sealed partial class PreparePublicReport(
    PublicReportContent content, IPublicReportStore reports, IPartyStore parties, IOptions<ApiOptions> api,
    IOptions<PublicReportOptions> options, TimeProvider clock)
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await RequestBody.ReadJsonAsync<PreparePublicReportRequest>(
            request.Http, api.Value.MaxBodyBytes, request.Cancellation).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var now = clock.GetUtcNow();
        var errors = Check(body, DateOnly.FromDateTime(now.UtcDateTime));
        if (errors.Any)
        {
            return Problem.BadRequest("The report request is not valid.", errors.Errors);
        }

        var suppliers = new List<Party>();
        foreach (var (supplierId, i) in (body.Suppliers ?? []).Distinct(StringComparer.Ordinal).Select((s, i) => (s, i)))
        {
            if (await parties.GetAsync(PartyKind.Supplier, supplierId, request.Cancellation).ConfigureAwait(false) is { } supplier)
            {
                suppliers.Add(supplier);
            }
            else
            {
                errors.Add($"$.suppliers[{i}]", $"No supplier {supplierId} is registered.");
            }
        }

        if (errors.Any)
        {
            return Problem.Unprocessable("A supplier to report is not registered.", errors.Errors);
        }

        var id = "pr-" + (long.MaxValue - now.UtcTicks).ToString("x16", System.Globalization.CultureInfo.InvariantCulture)
            + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var report = await content.BuildAsync(
            id, body.From, body.To, suppliers, [.. (body.NameFactories ?? []).Distinct(StringComparer.Ordinal)], now, request.Caller.Actor.By,
            request.Cancellation).ConfigureAwait(false);
        await reports.AddAsync(report, request.Cancellation).ConfigureAwait(false);
        return Results.Json(
                PublicReportViews.View(report, options.Value.AddressFor(request.Http, id)), ApiJson.Options, statusCode: StatusCodes.Status201Created)
            .WithLocation($"/{ApiRoute.Prefix}public-reports/{id}");
    }

    private static ErrorList Check(PreparePublicReportRequest body, DateOnly today)
    {
        var errors = new ErrorList();
        if (body.From < Earliest || body.From > today)
        {
            errors.Add("$.from", $"from is a day from {Earliest:yyyy-MM-dd} to today.");
        }

        if (body.To < body.From || body.To > today)
        {
            errors.Add("$.to", "to is on or after from, and not after today.");
        }
        else if (body.To.DayNumber - body.From.DayNumber > Domain.PublicReports.PublicReport.MaxDays)
        {
            errors.Add("$.to", $"A report covers at most {Domain.PublicReports.PublicReport.MaxDays} days.");
        }

        if (body.Suppliers is { Count: > Domain.PublicReports.PublicReport.MaxSuppliers })
        {
            errors.Add("$.suppliers", $"At most {Domain.PublicReports.PublicReport.MaxSuppliers} suppliers.");
        }
        else
        {
            var bad = (body.Suppliers ?? []).Select((id, i) => (id, i)).Where(p => !Domain.Intake.Identifiers.PartyId().IsMatch(p.id ?? ""));
            foreach (var (_, i) in bad)
            {
                errors.Add($"$.suppliers[{i}]", "A supplier id: 1 to 64 letters, digits or . _ -.");
            }
        }

        if (body.NameFactories is { Count: > Domain.PublicReports.PublicReport.MaxChosenFactories })
        {
            errors.Add("$.nameFactories", $"At most {Domain.PublicReports.PublicReport.MaxChosenFactories} factories.");
        }
        else
        {
            var bad = (body.NameFactories ?? []).Select((key, i) => (key, i)).Where(p => !FactoryKeyPattern().IsMatch(p.key ?? ""));
            foreach (var (_, i) in bad)
            {
                errors.Add($"$.nameFactories[{i}]", "A factory key as GET /suppliers/{id} shows it: F-, the country code, -, 12 hex digits.");
            }
        }

        return errors;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^F-[A-Z]{2}-[0-9a-f]{12}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FactoryKeyPattern();
}
