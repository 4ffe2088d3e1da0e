namespace IpCity.TestKit;

/// <summary>SECURITY.md spec 16's hostile patent XML for the upload tests.</summary>
public static class HostileXml
{
    /// <summary>
    /// A billion-laughs document under 1 KB (entities nested so that each level expands ten times the one below). Each <paramref name="id"/> gives a
    /// different file, since the same content may only be imported once at a time.
    /// </summary>
    public static string BillionLaughs(int id = 0) => $"""
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <lolz id="{id}">&lol9;</lolz>
        """;
}
