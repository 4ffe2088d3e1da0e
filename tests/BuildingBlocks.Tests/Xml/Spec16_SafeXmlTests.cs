using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Xml;

namespace IpCity.BuildingBlocks.Tests.Xml;

/// <summary>SECURITY.md specs 16-17 for the reader itself: DTDs and entities are never processed; errors name the place.</summary>
public sealed class Spec16_SafeXmlTests
{
    private static SafeXmlReaderFactory.XmlDocumentText Doc(string text, int line = 1) => new(text, line, 0);

    [Fact]
    public void An_external_entity_is_refused_and_nothing_is_read()
    {
        var xxe = """<?xml version="1.0"?><!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]><x>&xxe;</x>""";
        var error = Assert.Throws<IpCityException>(() => SafeXmlReaderFactory.LoadPatentDocument(Doc(xxe), "xxe.xml"));
        Assert.Equal(SafeXmlReaderFactory.DtdProhibited, error.Code);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Billion_laughs_is_refused_before_any_expansion()
    {
        var lol = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <lolz>&lol9;</lolz>
            """;
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(lol), 300, 1024);
        Assert.Throws<IpCityException>(() => SafeXmlReaderFactory.LoadPatentDocument(Doc(lol), "lol.xml")); // warm-up (JIT)
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<IpCityException>(() => SafeXmlReaderFactory.LoadPatentDocument(Doc(lol), "lol.xml"));
        clock.Stop();
        Assert.Equal(SafeXmlReaderFactory.DtdProhibited, error.Code);
        // Spec 16 (b): rejected in < 100 ms — from the DOCTYPE, before any entity is expanded.
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(100), $"{clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public void External_doctypes_ndata_subsets_and_named_entities_are_accepted()
    {
        var ndata = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE PATDOC SYSTEM "ST32-US-Grant-025xml.dtd" [
            <!ENTITY US06123456-20000926-D00001.TIF SYSTEM "US06123456-20000926-D00001.TIF" NDATA TIF>
            ]>
            <PATDOC><T>&ldquo;A&rdquo; &lgr;&Dgr; &frac12; &amp; &#x4E2D; &equals;</T></PATDOC>
            """;
        var root = SafeXmlReaderFactory.LoadPatentDocument(Doc(ndata), "ndata.xml");
        Assert.Equal("\u201CA\u201D λΔ ½ & 中 =", root.Element("T")!.Value);

        var external = """<?xml version="1.0"?><!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v42-2006-08-23.dtd" [ ]><us-patent-grant/>""";
        Assert.Equal("us-patent-grant", SafeXmlReaderFactory.LoadPatentDocument(Doc(external), "e.xml").Name.LocalName);
    }

    [Fact]
    public void Unknown_entities_and_truncated_documents_are_malformed_with_their_line()
    {
        var unknown = Assert.Throws<IpCityException>(() => SafeXmlReaderFactory.LoadPatentDocument(Doc("<a>\n<b>&nosuchentity;</b></a>", 40), "u.xml"));
        Assert.Equal(SafeXmlReaderFactory.Malformed, unknown.Code);
        Assert.Equal(41, unknown.Details["line"]);

        var truncated = Assert.Throws<IpCityException>(() => SafeXmlReaderFactory.LoadPatentDocument(Doc("<?xml version=\"1.0\"?>\n<a>\n<b>text</b>\n<c>", 10), "t.xml"));
        Assert.Equal(SafeXmlReaderFactory.Malformed, truncated.Code);
        Assert.Contains("t.xml", truncated.Message, StringComparison.Ordinal);
        Assert.True((int)truncated.Details["line"]! >= 12);
        Assert.True(truncated.Details.ContainsKey("column"));
    }

    [Fact]
    public void Bare_ampersands_and_less_than_signs_in_text_are_kept_as_data()
    {
        var text = "<doc><p>UDAPI & ASOCIADOS &#x4E2D;&#20013;</p><heading id=\"h1\"><First Embodiment</heading></doc>";
        var root = SafeXmlReaderFactory.LoadPatentDocument(Doc(text), "bare.xml");
        Assert.Equal("UDAPI & ASOCIADOS 中中", root.Element("p")!.Value);
        Assert.Equal("<First Embodiment", root.Element("heading")!.Value);
    }

    [Fact]
    public void Concatenated_documents_are_split_at_each_declaration()
    {
        var text = "<?xml version=\"1.0\"?>\n<a>1</a>\n<?xml version=\"1.0\"?><b>2</b>\n\n<?xml version=\"1.0\"?>\n<c>3</c>\n";
        var docs = SafeXmlReaderFactory.SplitDocuments(new StringReader(text)).ToList();
        Assert.Equal(3, docs.Count);
        Assert.Equal([1, 3, 5], docs.Select(d => d.FirstLine));
        Assert.Equal(["a", "b", "c"], docs.Select(d => SafeXmlReaderFactory.LoadPatentDocument(d, "m.xml").Name.LocalName));
        Assert.Single(SafeXmlReaderFactory.SplitDocuments(new StringReader("<root><x/></root>")));
    }
}
