namespace Remediation.Domain.Parties;

public enum PartyKind
{
    Partner,
    Supplier,
}
