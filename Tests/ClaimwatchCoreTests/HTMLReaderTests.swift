import Testing

@testable import ClaimwatchCore

/// HTMLReader: metadata by source and precedence, main-text extraction, encodings, errors.
@Suite struct HTMLReaderTests {
    static let prose = [
        "The council voted on Tuesday, after a long debate, to raise the city's water rates by 12 percent next year.",
        "Mayor Ana Ruiz said the increase, the first in a decade, would pay for replacing pipes laid in the 1950s.",
        "Opponents, including two council members, argued that households on fixed incomes could not absorb the cost.",
    ]

    static func article(_ extra: String = "") -> String {
        "<article><h1>Council raises water rates</h1>"
            + prose.map { "<p>\($0)</p>" }.joined() + extra + "</article>"
    }

    static func read(_ html: String, charset: String? = nil) throws(IntakeError) -> HTMLPage {
        try HTMLReader.read(Array(html.utf8), declaredCharset: charset)
    }

    // MARK: metadata

    @Test func jsonLDWinsOverOpenGraphAndPlainTags() throws {
        let html = """
            <html lang="en"><head><title>Plain title</title>
            <meta name="author" content="Plain Author">
            <meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
            <meta property="article:published_time" content="2024-01-01T00:00:00Z">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","name":"Not this"},
              {"@type":"NewsArticle","headline":"LD headline","datePublished":"2024-02-02T10:00:00Z",
               "author":[{"@type":"Person","name":"Jo Smith"},{"@type":"Person","name":"Li Wei"}],
               "publisher":{"@type":"Organization","name":"LD Publisher"}}]}</script>
            </head><body>\(Self.article())</body></html>
            """
        let page = try Self.read(html)
        #expect(page.title == "LD headline")
        #expect(page.published == "2024-02-02T10:00:00Z")
        #expect(page.author == "Jo Smith, Li Wei")
        #expect(page.siteName == "LD Publisher")
        #expect(page.language == "en")
    }

    @Test func openGraphWinsOverPlainTags() throws {
        let html = """
            <html><head><title>Plain title</title><meta name="author" content="Plain Author">
            <meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
            <meta property="og:url" content="https://example.com/og">
            <meta property="article:published_time" content="2024-01-01T00:00:00Z">
            </head><body>\(Self.article())</body></html>
            """
        let page = try Self.read(html)
        #expect(page.title == "OG title")
        #expect(page.siteName == "OG Site")
        #expect(page.url == "https://example.com/og")
        #expect(page.published == "2024-01-01T00:00:00Z")
        #expect(page.author == "Plain Author")
    }

    @Test func plainTagsAlone() throws {
        let html = """
            <html lang="fr-FR"><head><title>  Le   titre
            </title><meta name="author" content="Marie Curie">
            <link rel="canonical" href="https://example.fr/a"><meta property="og:url" content="https://example.fr/og">
            </head><body>\(Self.article())</body></html>
            """
        let page = try Self.read(html)
        #expect(page.title == "Le titre")
        #expect(page.author == "Marie Curie")
        #expect(page.url == "https://example.fr/a")  // canonical before og:url
        #expect(page.language == "fr-FR")
        #expect(page.siteName == nil)
        #expect(page.published == nil)
    }

    @Test(arguments: [
        (#""author":"Ann Lee""#, "Ann Lee"),
        (#""author":{"@type":"Person","name":"Ann Lee"}"#, "Ann Lee"),
        (#""author":[{"name":"Ann Lee"},{"name":"Bo Chan"}]"#, "Ann Lee, Bo Chan"),
    ])
    func jsonLDAuthorShapes(field: String, expected: String) throws {
        let html = """
            <html><head><script type="application/ld+json">[{"@type":"BreadcrumbList"},
            {"@type":["ReportageNewsArticle"],"headline":"H",\(field)}]</script></head><body>\(Self.article())</body></html>
            """
        #expect(try Self.read(html).author == expected)
    }

    // MARK: main text

    @Test func boilerplateIsRemoved() throws {
        let html = """
            <html><body>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <header><a href="/">Daily Example</a><nav><ul><li><a href="/world">World news section</a></li>
            <li><a href="/sport">Sport news section</a></li></ul></nav></header>
            <main><div class="story">\(Self.article("""
            <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            """))
            <ul class="related-links"><li><a href="/x">Related: city budget passes after long night</a></li></ul>
            <section id="comments"><p>Great article, thanks for writing it, really informative stuff!</p></section>
            </div></main>
            <footer><p>Copyright 2024 Daily Example, all rights reserved, contact us for licensing.</p></footer>
            </body></html>
            """
        let body = try Self.read(html).body
        #expect(body == Self.prose.joined(separator: "\n\n"))
        for furniture in ["cookies", "World news", "Share on", "Related:", "Great article", "Copyright", "Council raises"] {
            #expect(!body.contains(furniture), "\(furniture) left in the text")
        }
    }

    @Test func articleBodyItempropIsPreferred() throws {
        let html = """
            <html><body><div class="teasers">\(Self.prose.map { "<p>Teaser, \($0)</p>" }.joined())</div>
            <div itemprop="articleBody"><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p><p>\(Self.prose[2])</p></div>
            </body></html>
            """
        #expect(try Self.read(html).body == Self.prose.joined(separator: "\n\n"))
    }

    @Test func entitiesAreDecodedAndSpacesCollapsed() throws {
        let html =
            "<html><body><article><p>Caf&eacute; &amp; bar&#8217;s    owner said\n it, &ldquo;loudly&rdquo;,&nbsp;twice, "
            + "in front of everyone at the market.</p></article></body></html>"
        #expect(try Self.read(html).body == "Café & bar’s owner said it, “loudly”, twice, in front of everyone at the market.")
    }

    @Test func deepNestingDoesNotExhaustTheStack() throws {
        let depth = 20_000
        let html =
            "<html><body><article>" + Self.prose.map { "<p>\($0)</p>" }.joined()
            + String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
            + "</article></body></html>"
        #expect(try Self.read(html).body.hasPrefix(Self.prose[0]))
    }

    // MARK: encodings

    static let windows1252: [UInt8] =
        Array("<html><head><meta charset=\"windows-1252\"></head><body><article><p>".utf8)
        + [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x77, 0x6E, 0x65, 0x72, 0x92, 0x73]  // "Café owner’s" in 1252
        + Array(" view, stated plainly, is that prices will rise again soon.</p></article></body></html>".utf8)

    @Test func charsetFromMeta() throws {
        let page = try HTMLReader.read(Self.windows1252, declaredCharset: nil)
        #expect(page.body.hasPrefix("Café owner’s view"))
    }

    /// 0xA4 is "€" in ISO-8859-15 but "¤" in Windows-1252 (the fallback): only the meta explains it.
    @Test func charsetFromHTTPEquivMeta() throws {
        let bytes =
            Array(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">"#.utf8)
            + Array("</head><body><p>The ticket, it turns out, costs 12 ".utf8) + [0xA4]
            + Array(" for adults and half that for children.</p></body></html>".utf8)
        #expect(try HTMLReader.read(bytes, declaredCharset: nil).body.contains("costs 12 € for adults"))
    }

    @Test func declaredCharsetWinsOverMeta() throws {
        var bytes = Self.windows1252
        let meta = Array("windows-1252".utf8)
        if let at = (0...(bytes.count - meta.count)).first(where: { Array(bytes[$0..<$0 + meta.count]) == meta }) {
            bytes.replaceSubrange(at..<at + meta.count, with: Array("utf-8".utf8))  // now the meta lies
        }
        let page = try HTMLReader.read(bytes, declaredCharset: "Windows-1252")
        #expect(page.body.hasPrefix("Café owner’s view"))
    }

    @Test func undeclaredNonUTF8FallsBackToWindows1252() throws {
        let bytes =
            Array("<html><body><p>".utf8) + [0x4E, 0x61, 0xEF, 0x76, 0x65]  // "Naïve"
            + Array(" readers, it seems, believed every word of the statement.</p></body></html>".utf8)
        #expect(try HTMLReader.read(bytes, declaredCharset: nil).body.hasPrefix("Naïve readers"))
    }

    @Test func textIsNFC() throws {
        let decomposed = "Cafe\u{301} owners, it seems, were unhappy with the new rules announced on Monday."
        let body = try Self.read("<html><body><p>\(decomposed)</p></body></html>").body
        #expect(body.unicodeScalars.contains("\u{E9}"))
        #expect(!body.unicodeScalars.contains("\u{301}"))
    }

    // MARK: errors

    @Test(arguments: [[], Array("  \n\t ".utf8)])
    func emptyInputIsEmpty(bytes: [UInt8]) {
        do {
            _ = try HTMLReader.read(bytes, declaredCharset: nil)
            Issue.record("expected an error")
        } catch { #expect(error.code == .empty) }
    }

    @Test func pageWithoutTextIsEmpty() {
        do {
            _ = try Self.read("<html><head><title>Shell</title><script>var a = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>")
            Issue.record("expected an error")
        } catch { #expect(error.code == .empty) }
    }

    @Test func binaryGarbageIsRejectedAsBinary() {
        let garbage: [UInt8] = (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        do {
            _ = try HTMLReader.read(garbage, declaredCharset: nil)
            Issue.record("expected an error")
        } catch { #expect(error.code == .binary) }
    }

    @Test func aStrayNULInARealPageIsDroppedNotARefusal() throws {
        let paragraph = String(repeating: "The council said the bridge would reopen in May after repairs costing 4 million euros. ", count: 20)
        var bytes = Array("<html><head><title>Bridge</title></head><body><article><p>\(paragraph)</p></article></body></html>".utf8)
        bytes.insert(0, at: bytes.count / 2)
        let page = try HTMLReader.read(bytes, declaredCharset: nil)
        #expect(page.body.contains("reopen in May"))
        #expect(!page.body.unicodeScalars.contains("\u{0}"))
    }

    @Test func aPageFullOfNULsIsStillBinary() {
        let text = Array("<html><body><p>The council said the bridge would reopen in May.</p></body></html>".utf8)
        let bytes: [UInt8] = text.flatMap { [$0, UInt8(0)] }
        do {
            _ = try HTMLReader.read(bytes, declaredCharset: "utf-8")
            Issue.record("expected an error")
        } catch { #expect(error.code == .binary) }
    }
}
