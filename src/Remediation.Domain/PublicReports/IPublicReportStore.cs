using Remediation.Domain.Paging;

namespace Remediation.Domain.PublicReports;

public interface IPublicReportStore
{
    Task AddAsync(PublicReport report, CancellationToken cancellationToken = default);

    Task<PublicReport?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<Paged<PublicReport>> ListAsync(PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Replaces the stored report with its released form (the only change a report ever has).</summary>
    Task ReleaseAsync(PublicReport released, CancellationToken cancellationToken = default);
}
