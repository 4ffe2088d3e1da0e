using System.Xml;

namespace IpCity.BuildingBlocks.Xml;

/// <summary>
/// Passes an <see cref="XmlReader"/> through and refuses elements nested deeper than a limit with an
/// <see cref="XmlException"/> at the element's line and column (SECURITY.md spec 17: 100 000 levels are
/// malformed input, not a document to build a tree from). .NET's readers have no depth quota of their own.
/// </summary>
internal sealed class DepthLimitedXmlReader : XmlReader, IXmlLineInfo
{
    private readonly XmlReader _inner;
    private readonly int _maxDepth;

    public DepthLimitedXmlReader(XmlReader inner, int maxDepth)
    {
        _inner = inner;
        _maxDepth = maxDepth;
    }

    public override bool Read()
    {
        var read = _inner.Read();
        if (read && _inner.Depth > _maxDepth && _inner.NodeType == XmlNodeType.Element)
        {
            var info = _inner as IXmlLineInfo;
            throw new XmlException($"elements are nested deeper than {_maxDepth} levels", null, info?.LineNumber ?? 0, info?.LinePosition ?? 0);
        }

        return read;
    }

    public override int AttributeCount => _inner.AttributeCount;

    public override string BaseURI => _inner.BaseURI;

    public override int Depth => _inner.Depth;

    public override bool EOF => _inner.EOF;

    public override bool IsEmptyElement => _inner.IsEmptyElement;

    public override string LocalName => _inner.LocalName;

    public override string NamespaceURI => _inner.NamespaceURI;

    public override XmlNameTable NameTable => _inner.NameTable;

    public override XmlNodeType NodeType => _inner.NodeType;

    public override string Prefix => _inner.Prefix;

    public override ReadState ReadState => _inner.ReadState;

    public override string Value => _inner.Value;

    public override string XmlLang => _inner.XmlLang;

    public override XmlSpace XmlSpace => _inner.XmlSpace;

    public override bool HasValue => _inner.HasValue;

    public override string Name => _inner.Name;

    public override XmlReaderSettings? Settings => _inner.Settings;

    public int LineNumber => (_inner as IXmlLineInfo)?.LineNumber ?? 0;

    public int LinePosition => (_inner as IXmlLineInfo)?.LinePosition ?? 0;

    public bool HasLineInfo() => (_inner as IXmlLineInfo)?.HasLineInfo() ?? false;

    public override string GetAttribute(int i) => _inner.GetAttribute(i);

    public override string? GetAttribute(string name) => _inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => _inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => _inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => _inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => _inner.MoveToAttribute(name, ns);

    public override void MoveToAttribute(int i) => _inner.MoveToAttribute(i);

    public override bool MoveToElement() => _inner.MoveToElement();

    public override bool MoveToFirstAttribute() => _inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => _inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => _inner.ReadAttributeValue();

    public override void ResolveEntity() => _inner.ResolveEntity();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
