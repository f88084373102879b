using Remediation.Domain.Paging;

namespace Remediation.Domain.Audit;

/// <summary>The admin audit log, newest first.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);

    Task<Paged<AuditRecord>> ListAsync(PageRequest page, CancellationToken cancellationToken = default);
}
