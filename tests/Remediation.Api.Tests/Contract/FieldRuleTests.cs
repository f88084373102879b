using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Remediation.Contracts;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Commands;
using Remediation.Domain.Cases;
using Remediation.Domain.Intake;
using Remediation.Domain.Plans;
using Remediation.Workflows.Commands.Payments;
using Remediation.Workflows.Handling;

namespace Remediation.Api.Tests.Contract;

/// <summary>
/// The API document's field rules (the contract's annotations) are the domain's rules, which the handlers enforce at
/// runtime: each pattern and limit is written once on each side of the dependency rule, and these tests hold them equal.
/// </summary>
public class FieldRuleTests
{
    public static TheoryData<string, string> Patterns => new()
    {
        { FieldPatterns.Code, Identifiers.CodePattern },
        { FieldPatterns.WorkerRef, Identifiers.WorkerRefPattern },
        { FieldPatterns.PartnerReference, Identifiers.LongReferencePattern },
    };

    public static TheoryData<Type, string, int> Limits => new()
    {
        { typeof(CreateCaseRequest), nameof(CreateCaseRequest.Workers), IntakeLimits.MaxWorkersPerRequest },
        { typeof(CreateCaseRequest), nameof(CreateCaseRequest.Summary), IntakeLimits.MaxSummaryLength },
        { typeof(AddWorkersRequest), nameof(AddWorkersRequest.Workers), IntakeLimits.MaxWorkersPerRequest },
        { typeof(WorkerRequest), nameof(WorkerRequest.Fees), IntakeLimits.MaxFeesPerWorker },
        { typeof(FactoryRequest), nameof(FactoryRequest.Name), IntakeLimits.MaxNameLength },
        { typeof(FindingsRequest), nameof(FindingsRequest.Workers), IntakeLimits.MaxWorkersPerRequest },
        { typeof(FindingsRequest), nameof(FindingsRequest.RootCause), Case.MaxRootCauseLength },
        { typeof(FindingsRequest), nameof(FindingsRequest.EvidenceIds), EvidenceCitations.MaxPerItem },
        { typeof(PaymentsRequest), nameof(PaymentsRequest.Payments), IntakeLimits.MaxWorkersPerRequest },
        { typeof(PaymentRequest), nameof(PaymentRequest.Method), PaymentsHandler.MaxMethodLength },
        { typeof(PaymentRequest), nameof(PaymentRequest.EvidenceIds), EvidenceCitations.MaxPerItem },
        { typeof(ReceiptsRequest), nameof(ReceiptsRequest.Receipts), IntakeLimits.MaxWorkersPerRequest },
        { typeof(ReceiptRequest), nameof(ReceiptRequest.EvidenceIds), EvidenceCitations.MaxPerItem },
        { typeof(TriageRequest), nameof(TriageRequest.Contracts), Case.MaxContracts },
        { typeof(TriageRequest), nameof(TriageRequest.Reason), Case.MaxReasonLength },
        { typeof(NoteRequest), nameof(NoteRequest.Text), Case.MaxNoteLength },
        { typeof(PlanRequest), nameof(PlanRequest.Instalments), RepaymentPlan.MaxInstalments },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void A_pattern_in_the_api_document_is_the_domains_pattern(string contract, string domain) =>
        Assert.Equal(domain.Replace("\\z", "$", StringComparison.Ordinal), contract);

    [Theory]
    [MemberData(nameof(Limits))]
    public void A_limit_in_the_api_document_is_the_limit_the_domain_enforces(Type type, string property, int limit)
    {
        var member = type.GetProperty(property)!;
        var declared = member.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? member.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength;
        Assert.Equal(limit, declared);
    }

    [Fact]
    public void Every_pattern_in_the_contract_is_one_of_the_named_field_patterns()
    {
        var named = typeof(FieldPatterns).GetFields().Select(f => (string)f.GetRawConstantValue()!)
            .Append(MoneyText.Pattern)
            .ToHashSet(StringComparer.Ordinal);
        var declared = typeof(FieldPatterns).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties())
            .Select(p => (Property: $"{p.DeclaringType!.Name}.{p.Name}", p.GetCustomAttribute<RegularExpressionAttribute>()?.Pattern))
            .Where(p => p.Pattern is not null)
            .ToList();

        Assert.NotEmpty(declared);
        Assert.All(declared, p => Assert.True(named.Contains(p.Pattern!), $"{p.Property} declares a pattern of its own: {p.Pattern}"));
    }
}
