using System.Net;
using System.Net.Http.Json;
using Remediation.Contracts.Confirmations;

namespace Remediation.Client;

// Workers' own confirmations: codes for the case's partner and caseworkers, and the verification sample.
public sealed partial class RemediationClient
{
    public const string PdfContentType = "application/pdf";

    /// <summary>A code per worker (named, or the verification sample's). The codes are in this answer only: keep them now.</summary>
    public Task<ConfirmationCodesIssued> IssueConfirmationCodesAsync(
        string caseId, IssueConfirmationCodesRequest codes, CancellationToken cancellationToken = default) =>
        SendAsync<ConfirmationCodesIssued>(
            HttpMethod.Post, $"cases/{Escape(caseId)}/confirmation-codes", () => JsonContent.Create(codes, options: Json), null, cancellationToken);

    /// <summary>The same codes as printable slips, one PDF: each code is on its slip only.</summary>
    public async Task<byte[]> IssueConfirmationSlipsAsync(
        string caseId, IssueConfirmationCodesRequest codes, CancellationToken cancellationToken = default)
    {
        using var response = await SendRawAsync(
            HttpMethod.Post,
            $"cases/{Escape(caseId)}/confirmation-codes",
            () => JsonContent.Create(codes, options: Json),
            null,
            cancellationToken,
            PdfContentType).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// How the case's verification sample was drawn and how far its workers have answered; null when there is none to
    /// read (not drawn yet: it is drawn when the case enters Verification; or not for this key, or no such case).
    /// </summary>
    public async Task<VerificationSampleView?> GetVerificationSampleAsync(string caseId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SendAsync<VerificationSampleView>(
                HttpMethod.Get, $"cases/{Escape(caseId)}/verification-sample", null, null, cancellationToken).ConfigureAwait(false);
        }
        catch (RemediationApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
