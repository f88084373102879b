namespace Remediation.Api.Confirmations.Slips;

/// <summary>One printable confirmation slip: the worker's code, the page that takes it, and texts already in the worker's language.</summary>
/// <param name="Code">The confirmation code, e.g. "ABCD-EFGH-JKMN".</param>
/// <param name="Address">The worker page with the code; printed under the QR code and encoded in it.</param>
/// <param name="Language">The worker's language: en, my, ne, bn, th, ms, km, vi or id; it picks the font and the shaping rules.</param>
/// <param name="Title">The slip's heading, translated.</param>
/// <param name="Lines">The instruction lines (three), translated.</param>
public sealed record Slip(string Code, Uri Address, string Language, string Title, IReadOnlyList<string> Lines);
