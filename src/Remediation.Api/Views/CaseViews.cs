using System.Globalization;
using Remediation.Contracts;
using Remediation.Contracts.Cases;
using Remediation.Domain;
using Remediation.Domain.Currencies;
using Remediation.Domain.Ledger;
using Remediation.Domain.Parties;
using Remediation.Domain.Timeline;

namespace Remediation.Api.Views;

/// <summary>The domain's cases, ledger lines and timeline entries as the contract's response bodies.</summary>
public static class CaseViews
{
    public static CaseView From(Domain.Cases.Case c, LedgerSummary ledger)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(ledger);
        return new CaseView
        {
            CaseId = c.Id,
            PartnerId = c.PartnerId,
            PartnerReference = c.PartnerReference,
            SupplierId = c.SupplierId,
            Contracts = c.Contracts,
            Factory = new FactoryView
            {
                Name = c.Factory.Name,
                Country = c.Factory.Country.Code,
                Site = c.Factory.Site,
                Sector = c.Factory.Sector is { } sector ? Enum.Parse<FactorySector>(sector.ToString()) : null,
                Workforce = c.Factory.Workforce is { } w ? new WorkforceRequest { Total = w.Total, Migrants = w.Migrants, AsOf = w.AsOf } : null,
            },
            Summary = c.Summary,
            Indicators = [.. c.Indicators.Select(i => Parse<ForcedLabourIndicator>(i))],
            Priority = Parse<Priority>(c.Priority.ToWire()),
            Stage = Same<Stage>(c.Stage),
            Outcome = c.Outcome is { } o ? Same<CaseOutcome>(o) : null,
            ClosingReason = c.ClosingReason,
            Deadline = c.Deadline,
            EscalationLevel = (int)c.EscalationLevel,
            WaitingFor = Waiting(c.IsClosed ? null : c.WaitingFor(ledger).Role),
            RetaliationReported = c.RetaliationReported,
            Basis = c.Basis is { } b ? Parse<Contracts.Cases.RepaymentBasis>(b.ToWire()) : null,
            Plan = c.Plan?.Progress(ledger.Paid).Select(p => new InstalmentView
            {
                Number = p.Instalment.Number,
                DueAt = p.Instalment.DueAt,
                Amounts = [.. p.Instalment.Amounts.Select(Money)],
                Paid = [.. p.PaidAgainst.Amounts.Select(Money)],
                Met = p.IsMet,
            }).ToList(),
            PlanAwaitingDecision = c.PlanAwaitingDecision,
            FindingsAwaitingDecision = c.FindingsAwaitingDecision,
            Totals = Totals(ledger.Claimed, ledger.Confirmed, ledger.Paid, ledger.Verified),
            Workers = new WorkerCounts
            {
                Total = ledger.Workers,
                Owed = ledger.WorkersOwed,
                ByStatus = ledger.WorkersByStatus.ToDictionary(p => p.Key.ToString(), p => p.Value),
            },
            OpenedAt = c.OpenedAt,
            StageEnteredAt = c.StageEnteredAt,
            UpdatedAt = c.UpdatedAt,
            FirstPaymentAt = c.FirstPaymentAt,
            ClosedAt = c.ClosedAt,
        };
    }

    public static CaseListItem From(Domain.Cases.CaseListItem i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new CaseListItem
        {
            CaseId = i.CaseId,
            PartnerId = i.PartnerId,
            PartnerReference = i.PartnerReference,
            Factory = new FactoryView { Name = i.FactoryName, Country = i.FactoryCountry },
            SupplierId = i.SupplierId,
            Stage = Same<Stage>(i.Stage),
            Outcome = i.Outcome is { } o ? Same<CaseOutcome>(o) : null,
            Priority = Parse<Priority>(i.Priority.ToWire()),
            Deadline = i.Deadline,
            EscalationLevel = (int)i.EscalationLevel,
            WaitingFor = Waiting(i.WaitingFor),
            Outstanding = [.. i.Outstanding.Amounts.Select(Money)],
            OpenedAt = i.OpenedAt,
            UpdatedAt = i.UpdatedAt,
        };
    }

    private static WaitingFor Waiting(Role? role) => role switch
    {
        null => WaitingFor.Nobody,
        Role.Supplier => WaitingFor.Supplier,
        Role.Partner => WaitingFor.Partner,
        _ => WaitingFor.Caseworker,
    };

    /// <summary>A ledger line as <paramref name="reader"/> may read it: its receipts are not the supplier's to read.</summary>
    public static LedgerLineView From(LedgerLine l, Role reader)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new LedgerLineView
        {
            Ref = l.WorkerRef,
            Nationality = l.Nationality.Code,
            HiredOn = l.HiredOn,
            EmploymentStatus = Parse<Contracts.Cases.EmploymentStatus>(l.EmploymentStatus.ToWire()),
            Status = Same<Contracts.Cases.LedgerLineStatus>(l.Status),
            Fees = [.. l.Fees.Select(f => new FeeView
            {
                Category = Parse<Contracts.Cases.FeeCategory>(f.Category.ToWire()),
                Amount = Money(f.Amount),
                PaidTo = f.PaidTo,
                PaidOn = f.PaidOn,
            })],
            Totals = Totals(l.Claimed, l.Confirmed, l.Paid, l.Verified),
            Payments = [.. l.Payments.Select(p => new PaymentView
            {
                PaymentId = p.Id,
                Amount = Money(p.Amount),
                PaidOn = p.PaidOn,
                Method = p.Method,
            })],
            Receipts = reader == Role.Supplier ? null : [.. l.Receipts.Select(r => new ReceiptView
            {
                ReceiptId = r.Id,
                Received = r.Received,
                Amount = Money(new Money(r.AmountReceived, r.Currency)),
                Method = r.Method,
                ConfirmedOn = r.ConfirmedOn,
            })],
        };
    }

    /// <summary>A timeline entry as <paramref name="reader"/> may read it.</summary>
    public static Contracts.Cases.TimelineEntry From(Domain.Timeline.TimelineEntry e, Actor reader, Domain.Cases.Case @case)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(@case);
        var (kind, actor, party) = TimelineDisclosure.SourceFor(e, reader.Role, @case.PartnerId);
        return new Contracts.Cases.TimelineEntry
        {
            Sequence = e.Sequence,
            At = e.At,
            ActorRole = actor.ToString().ToLowerInvariant(),
            ActorPartyId = party,
            Kind = kind,
            ActedBy = AdminViews.ActedBy(TimelineDisclosure.ActedByFor(e, reader)),
            Description = TimelineDisclosure.DescriptionFor(e, reader.Role, @case.IsClosed),
            PreviousHash = e.PreviousHash,
            Hash = e.Hash,
        };
    }

    /// <summary>One row per currency: claimed, confirmed, paid, verified, and outstanding (confirmed - paid).</summary>
    /// <summary>Totals kept by currency code (report facts), as the API writes them.</summary>
    public static IReadOnlyList<CurrencyTotals> Totals(
        IReadOnlyDictionary<string, decimal> claimed,
        IReadOnlyDictionary<string, decimal> confirmed,
        IReadOnlyDictionary<string, decimal> paid,
        IReadOnlyDictionary<string, decimal> verified) =>
        Totals(MoneyTotals.OfCodes(claimed), MoneyTotals.OfCodes(confirmed), MoneyTotals.OfCodes(paid), MoneyTotals.OfCodes(verified));

    public static IReadOnlyList<CurrencyTotals> Totals(MoneyTotals claimed, MoneyTotals confirmed, MoneyTotals paid, MoneyTotals verified)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(confirmed);
        ArgumentNullException.ThrowIfNull(paid);
        ArgumentNullException.ThrowIfNull(verified);
        var currencies = claimed.Currencies
            .Concat(confirmed.Currencies)
            .Concat(paid.Currencies)
            .Concat(verified.Currencies)
            .DistinctBy(c => c.Code)
            .OrderBy(c => c.Code, StringComparer.Ordinal);
        return [.. currencies.Select(c => new CurrencyTotals
        {
            Currency = c.Code,
            Claimed = Text(claimed.For(c)),
            Confirmed = Text(confirmed.For(c)),
            Paid = Text(paid.For(c)),
            Verified = Text(verified.For(c)),
            Outstanding = Text(confirmed.For(c) - paid.For(c)),
        })];
    }

    public static MoneyView Money(Money money) => new() { Currency = money.Currency.Code, Amount = Text(money) };

    /// <summary>Amounts leave the API as strings with the currency's minor units ("20000.50"), never as floating point.</summary>
    public static string Text(Money money) =>
        money.Amount.ToString("F" + money.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A domain enum as the contract's enum of the same member names (stages, outcomes, line statuses).</summary>
    private static T Same<T>(Enum value)
        where T : struct, Enum => Enum.Parse<T>(value.ToString());

    private static T Parse<T>(string wire)
        where T : struct, Enum => WireFormat.TryParse<T>(wire, out var value)
            ? value
            : throw new InvalidOperationException($"{wire} is not a {typeof(T).Name}.");
}
