using System.Xml.Linq;

namespace IpCity.IpData.Importing.Xml;

internal static class UsptoXmlParser
{
    public static ParsedPatent? Parse(XElement root) => throw new NotImplementedException(root.Name.LocalName);
}

internal static class EpoXmlParser
{
    public static ParsedPatent? Parse(XElement root) => throw new NotImplementedException(root.Name.LocalName);
}
