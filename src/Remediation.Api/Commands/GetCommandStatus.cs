using Microsoft.AspNetCore.Http;
using Remediation.Api.Cases;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Routing;
using Remediation.Domain.Inbox;

namespace Remediation.Api.Commands;

/// <summary>GET /cases/{caseId}/commands/{commandId}: queued, applied or refused; for whoever gave the command, and caseworkers.</summary>
public sealed class GetCommandStatus(CaseAccess access, ICommandLog commandLog)
{
    public async Task<IResult> HandleAsync(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, problem) = await access.LoadAsync(request).ConfigureAwait(false);
        if (@case is null)
        {
            return problem!;
        }

        var commandId = request.Route("commandId");
        var record = commandId.Length <= 64 ? await commandLog.GetAsync(@case.Id, commandId, request.Cancellation).ConfigureAwait(false) : null;
        return record is not null && record.IsVisibleTo(request.Caller.Actor)
            ? Results.Json(CommandStatusView.From(record), ApiJson.Options)
            : Problem.NotFound($"Case {@case.Id} has no command {commandId} that your key may see.");
    }
}
