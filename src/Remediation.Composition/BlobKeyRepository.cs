using System.Xml.Linq;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Remediation.Composition;

/// <summary>
/// ASP.NET Core's data-protection key ring kept in a private blob container, so that every instance of either host (and
/// a restarted one) reads the same keys: the worker page's anti-forgery token, read on one instance, validates on
/// another. Written by hand: the Azure blob key store package is not available here (docs/decisions.md). The keys
/// protect anti-forgery tokens only; the container is private like the evidence's.
/// </summary>
internal sealed class BlobKeyRepository(BlobContainerClient container) : IXmlRepository
{
    // The interface is synchronous; it is called when the ring is first read and when a key is made (every 90 days).
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. container.GetBlobs().Select(b => XElement.Parse(container.GetBlobClient(b.Name).DownloadContent().Value.Content.ToString()))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var xml = BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting));
        container.GetBlobClient($"{friendlyName}.xml").Upload(xml, overwrite: true);
    }
}
