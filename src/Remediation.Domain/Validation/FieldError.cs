namespace Remediation.Domain.Validation;

/// <summary>One problem with one field, located by its JSON path (<c>$.workers[3].fees[0].amount</c>).</summary>
public sealed record FieldError(string Path, string Message);
