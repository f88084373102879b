using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Remediation.Development.Identity;

/// <summary>The people the provider knows, by user name (case-insensitive) and by subject; people can be added while it runs.</summary>
internal sealed class LocalPeople
{
    private readonly ConcurrentDictionary<string, LocalPerson> byUserName = new(StringComparer.OrdinalIgnoreCase);

    public LocalPeople(IEnumerable<LocalPerson> people)
    {
        foreach (var person in people)
        {
            Add(person);
        }
    }

    public void Add(LocalPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        byUserName[person.UserName] = person;
    }

    public LocalPerson? BySubject(string? subject) =>
        subject is null ? null : byUserName.Values.FirstOrDefault(p => string.Equals(p.Subject, subject, StringComparison.Ordinal));

    /// <summary>The person whose user name and password these are. The comparison takes the same time whatever matched.</summary>
    public LocalPerson? Verify(string userName, string password)
    {
        var found = byUserName.TryGetValue(userName, out var person);
        // Hashes have one length, so FixedTimeEquals compares them in constant time; an unknown user is compared too.
        var matches = CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(password)),
            SHA256.HashData(Encoding.UTF8.GetBytes(found ? person!.Password : Guid.NewGuid().ToString())));
        return found && matches ? person : null;
    }
}
