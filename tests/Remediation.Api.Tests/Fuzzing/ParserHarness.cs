using System.Diagnostics;
using System.Reflection;
using Remediation.Api.Commands.RecordPayments;
using Remediation.Api.Commands.RecordVerifications;
using Remediation.Api.Json;
using Remediation.Api.Problems;
using Remediation.Api.Sheets;
using Remediation.Domain.Validation;

namespace Remediation.Api.Tests.Fuzzing;

/// <summary>
/// Every reader of what a party sends, as one list: the JSON body reader for each request type of the route table,
/// the CSV and XLSX readers with each sheet's mapping behind them. A fuzz test feeds any of them anything; a reader
/// a later issue adds is added here, and every fuzz test covers it. Each run answers a result or a 400 problem,
/// in bounded time and allocation, and never throws.
/// </summary>
internal static class ParserHarness
{
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(10);
    public const long MaxAllocatedBytes = 1024L * 1024 * 1024;

    /// <summary>Every request body of the contract (the types routes read as JSON).</summary>
    public static IReadOnlyList<Type> JsonBodies { get; } =
    [
        .. typeof(Contracts.Cases.CreateCaseRequest).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Request", StringComparison.Ordinal) && t is { IsClass: true, IsAbstract: false, IsPublic: true })
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>Every sheet mapping, by name: header check, cells, rows.</summary>
    public static IReadOnlyDictionary<string, Action<SheetTable, ErrorList>> Sheets { get; } = new Dictionary<string, Action<SheetTable, ErrorList>>
    {
        ["workers"] = (t, e) => WorkersSheet.Read(t, e),
        ["findings"] = (t, e) => FindingsSheet.Read(t, e),
        ["payments"] = (t, e) => PaymentsSheet.Read(t, e),
        ["receipts"] = (t, e) => ReceiptsSheet.Read(t, e),
    };

    /// <summary>Reads <paramref name="json"/> as <paramref name="type"/>; the status: 200 read, 400 refused.</summary>
    public static int ReadJson(Type type, string json) => Measure(() =>
    {
        var parse = typeof(RequestBody).GetMethod(nameof(RequestBody.Parse))!.MakeGenericMethod(type);
        var result = (System.Runtime.CompilerServices.ITuple)parse.Invoke(null, [json])!;
        return result[0] is not null ? 200 : StatusOf(result[1] as Microsoft.AspNetCore.Http.IResult);
    });

    /// <summary>Reads CSV bytes as the API does (UTF-8 first), then every sheet mapping over the table.</summary>
    public static int ReadCsv(byte[] body) => Measure(() =>
    {
        var (text, problem) = RequestBody.Decode(body);
        if (text is null)
        {
            return StatusOf(problem);
        }

        var (table, problems) = CsvSheet.Read(text);
        return table is null ? Refused(problems) : MapAll(table);
    });

    /// <summary>Reads an .xlsx body as the API does, then every sheet mapping over the table.</summary>
    public static int ReadXlsx(byte[] body) => Measure(() =>
    {
        var (table, problems) = XlsxSheet.Read(body);
        return table is null ? Refused(problems) : MapAll(table);
    });

    private static int MapAll(SheetTable table)
    {
        foreach (var map in Sheets.Values)
        {
            map(table, new ErrorList());
        }

        return 200;
    }

    private static int Refused(IReadOnlyList<FieldError> problems) =>
        problems.Count > 0 ? 400 : throw new InvalidOperationException("A refusal without a problem.");

    public static int StatusOf(Microsoft.AspNetCore.Http.IResult? problem) =>
        problem is ProblemResult { StatusCode: { } status } ? status : throw new InvalidOperationException("Neither a value nor a problem.");

    /// <summary>Runs a read, failing it when it takes too long or allocates too much (a bomb that did not go off is still a bomb).</summary>
    private static int Measure(Func<int> read)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        int status;
        try
        {
            status = read();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }

        Assert.True(clock.Elapsed < MaxTime, $"a read took {clock.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < MaxAllocatedBytes, "a read allocated more than 1 GB");
        Assert.True(status is 200 or 400, $"a read answered {status}");
        return status;
    }
}
