using Microsoft.AspNetCore.Http;
using Remediation.Api.Routing;
using Remediation.Api.Sheets;
using Remediation.Contracts.Commands;

namespace Remediation.Api.Commands;

/// <summary>
/// What every command route has in common: POST by a party of the case, the checks and answers of
/// <see cref="CommandEndpoint"/>, described alike in the API document. Each command's folder gives the rest.
/// </summary>
internal static class CommandRoute
{
    public static ApiRoute For(
        string name,
        string template,
        string summary,
        Type body,
        object example,
        bool sheet,
        string? description,
        Func<ApiRequest, Task<IResult>> handler) =>
        new(name, "POST", template, RemediationApi.CaseRoles, handler)
        {
            Tag = "Commands",
            Summary = summary,
            Description = (description is null ? string.Empty : description + " ")
                + "Checked against the case at once (404 case, 403 role, 409 stage, 400 body, 422 rule); "
                + "then queued for the case's orchestration (202, Location: the command's status) "
                + "or, with 'Prefer: wait=N' (N up to 10 seconds), answered with the final outcome when it comes within N seconds. "
                + "Resending with the same Idempotency-Key is safe.",
            Body = new(
                body,
                sheet ? [RemediationApi.Json, RemediationApi.Csv, SheetTable.XlsxContentType] : [RemediationApi.Json],
                example,
                Optional: body == typeof(AcknowledgeRequest)),
            Responses =
            [
                new(202, typeof(CommandStatus), "Queued; Location is the command's status."),
                new(200, typeof(CommandStatus), "Applied (Prefer: wait), or already handled (the same Idempotency-Key)."),
            ],
            Problems = [409, 422],
            IsCommand = true,
        };
}
