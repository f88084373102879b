using System.Globalization;
using Microsoft.JSInterop;
using Remediation.Contracts.Cases;
using Remediation.Contracts.Wording;

namespace Remediation.Web.Reading;

/// <summary>
/// How the reader groups numbers. The console runs with invariant globalization (no ICU data to download), so the
/// reader's separators and group sizes are asked of the browser once at start (boot.js: remediationNumbers);
/// until then, and where the browser cannot say, amounts are grouped as 194,418,735.00.
/// </summary>
public sealed class ReaderNumbers
{
    public NumberFormatInfo Format { get; private set; } = CultureInfo.InvariantCulture.NumberFormat;

    public string Amount(string amount) => Amounts.Readable(amount, Format);

    public string Money(MoneyView money) => Amounts.Readable(money, Format);

    public string Money(string amount, string currency) => Amounts.Readable(amount, currency, Format);

    /// <summary>Takes the browser's way of grouping numbers; a browser that answers nonsense changes nothing.</summary>
    public void Adopt(IJSRuntime js)
    {
        if (js is not IJSInProcessRuntime browser)
        {
            return;
        }

        try
        {
            Adopt(browser.Invoke<BrowserNumbers>("remediationNumbers"));
        }
        catch (JSException)
        {
            // An old browser without Intl.NumberFormat.formatToParts: keep the default grouping.
        }
    }

    internal void Adopt(BrowserNumbers numbers)
    {
        if (numbers.Decimal.Length is 0 or > 3 || numbers.Group.Length > 3 || numbers.Sizes.Length is 0 or > 2
            || numbers.Sizes.Any(s => s is < 0 or > 9) || numbers.Group == numbers.Decimal)
        {
            return;
        }

        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        format.NumberDecimalSeparator = numbers.Decimal;
        format.NumberGroupSeparator = numbers.Group;
        format.NumberGroupSizes = numbers.Sizes;
        Format = NumberFormatInfo.ReadOnly(format);
    }

    internal sealed record BrowserNumbers(string Group, string Decimal, int[] Sizes);
}
