using Remediation.Domain.Cases;
using Remediation.Domain.Geography;
using Remediation.Domain.Validation;

namespace Remediation.Domain.Intake;

/// <summary>Turns a partner's submission into a <see cref="NewCase"/>, or reports every problem at once by JSON path.</summary>
public static class IntakeValidator
{
    public static Validated<NewCase> Validate(string partnerId, IntakeSubmission submission, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var errors = new ErrorList();
        if (submission.PartnerReference is null || !Identifiers.PartnerReference().IsMatch(submission.PartnerReference))
        {
            errors.Add("$.partnerReference", "partnerReference is required: 1 to 100 letters, digits or . _ : - (your own reference for this case).");
        }

        Factory? factory = null;
        if (submission.Factory is not { } f)
        {
            errors.Add("$.factory", "factory is required, with name and country.");
        }
        else
        {
            var before = errors.Count;
            if (string.IsNullOrWhiteSpace(f.Name) || f.Name.Length > IntakeLimits.MaxNameLength)
            {
                errors.Add("$.factory.name", $"Factory name is required, at most {IntakeLimits.MaxNameLength} characters.");
            }
            else if (Privacy.PersonalDataGuard.Explain(f.Name) is { } nameProblem)
            {
                errors.Add("$.factory.name", nameProblem);
            }

            if (!Country.TryParse(f.Country, out var country))
            {
                errors.Add("$.factory.country", "Factory country must be an ISO 3166-1 alpha-2 code such as TH or MY.");
            }

            if (f.Site is { Length: > IntakeLimits.MaxNameLength })
            {
                errors.Add("$.factory.site", $"Factory site has at most {IntakeLimits.MaxNameLength} characters.");
            }
            else if (Privacy.PersonalDataGuard.Explain(f.Site) is { } siteProblem)
            {
                errors.Add("$.factory.site", siteProblem);
            }

            var (sector, workforce) = FactoryProfile(f, today, errors);
            factory = errors.Count == before ? new Factory(f.Name!, country!, f.Site) { Sector = sector, Workforce = workforce } : null;
        }

        if (submission.SupplierId is not null && !Identifiers.PartyId().IsMatch(submission.SupplierId))
        {
            errors.Add("$.supplierId", "supplierId must be 1 to 64 letters, digits or . _ -.");
        }

        if (string.IsNullOrWhiteSpace(submission.Summary))
        {
            errors.Add("$.summary", "summary is required.");
        }
        else if (submission.Summary.Length > IntakeLimits.MaxSummaryLength)
        {
            errors.Add("$.summary", $"summary has at most {IntakeLimits.MaxSummaryLength} characters.");
        }
        else if (Privacy.PersonalDataGuard.Explain(submission.Summary) is { } personal)
        {
            errors.Add("$.summary", personal);
        }

        var priority = Priority.Standard;
        if (submission.Priority is not null && !WireNames.TryParsePriority(submission.Priority, out priority))
        {
            errors.Add("$.priority", "priority must be 'standard' or 'priority'.");
        }

        var indicators = submission.Indicators ?? [];
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i] is null || !ForcedLabourIndicators.All.Contains(indicators[i]))
            {
                errors.Add(
                    $"$.indicators[{i}]",
                    "Unknown indicator; use the ILO forced-labour indicators: " +
                    $"{string.Join(", ", ForcedLabourIndicators.All.Order(StringComparer.Ordinal))}.");
            }
        }

        if (indicators.Distinct(StringComparer.Ordinal).Count() != indicators.Count)
        {
            errors.Add("$.indicators", "Each indicator appears at most once.");
        }

        var workers = WorkerValidator.Validate(submission.Workers, "$.workers", today, errors);
        if (errors.Any)
        {
            return Validated.Invalid<NewCase>(errors.Errors);
        }

        return Validated.Valid(new NewCase(
            partnerId, submission.PartnerReference!, factory!, submission.SupplierId, submission.Summary!, priority, indicators, workers));
    }

    /// <summary>The optional sector and reported workforce (PPN 009's industry and workforce).</summary>
    private static (Sector? Sector, ReportedWorkforce? Workforce) FactoryProfile(FactorySubmission f, DateOnly today, ErrorList errors)
    {
        Sector? sector = null;
        if (f.Sector is not null)
        {
            if (WireNames.TryParseSector(f.Sector, out var parsed))
            {
                sector = parsed;
            }
            else
            {
                errors.Add("$.factory.sector", $"sector is one of {string.Join(", ", WireNames.SectorNames)}.");
            }
        }

        if (f.Workforce is not { } w)
        {
            return (sector, null);
        }

        var valid = true;
        if (w.Total is < 1 or > ReportedWorkforce.MaxTotal)
        {
            errors.Add("$.factory.workforce.total", $"total is a whole number from 1 to {ReportedWorkforce.MaxTotal}.");
            valid = false;
        }

        if (w.Migrants < 0 || w.Migrants > w.Total)
        {
            errors.Add("$.factory.workforce.migrants", "migrants is a whole number from 0 to total.");
            valid = false;
        }

        if (w.AsOf > today || w.AsOf < new DateOnly(2000, 1, 1))
        {
            errors.Add("$.factory.workforce.asOf", "asOf is the day the figures describe: from 2000-01-01 to today.");
            valid = false;
        }

        return (sector, valid ? new ReportedWorkforce(w.Total, w.Migrants, w.AsOf) : null);
    }
}
