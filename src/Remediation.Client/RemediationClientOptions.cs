namespace Remediation.Client;

/// <summary>How the client retries: 429 and 503 are sent again after Retry-After, with the same Idempotency-Key.</summary>
public sealed class RemediationClientOptions
{
    /// <summary>Attempts after the first for a 429 or 503 answer.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The longest Retry-After the client waits; longer ones are waited for this long.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Items per page of the lists the client walks.</summary>
    public int PageSize { get; set; } = 500;
}

/// <summary>How to send one command.</summary>
public sealed record CommandOptions
{
    /// <summary>Names the command; default a new id per call (reused on its retries).</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Wait up to this long (at most 10 seconds) for the command's outcome: <c>Prefer: wait=N</c>.</summary>
    public TimeSpan? Wait { get; init; }
}

/// <summary>Filters of the case list.</summary>
public sealed record CaseFilter
{
    public Contracts.Cases.Stage? Stage { get; init; }

    public string? SupplierId { get; init; }

    public string? PartnerId { get; init; }

    public bool? Overdue { get; init; }

    public int? MinEscalationLevel { get; init; }
}

/// <summary>A spreadsheet's format, for batch uploads.</summary>
public enum SheetFormat
{
    Csv,
    Xlsx,
}
