using Microsoft.EntityFrameworkCore;

namespace Remediation.Development.Identity;

/// <summary>OpenIddict's applications, authorizations and tokens, in memory: they live as long as the provider.</summary>
internal sealed class LocalIdentityDbContext(DbContextOptions<LocalIdentityDbContext> options) : DbContext(options);
