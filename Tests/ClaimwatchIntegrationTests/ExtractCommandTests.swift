import Foundation
import Testing

/// `claimwatch extract --json` on real files of every format and encoding intake reads.
@Suite(.serialized)
struct ExtractCommandTests {
    static let sentence = "The ministry said 42 drones were shot down over the capital on Tuesday night."

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var outlet: String
        var encoding: String
        var format: String
        var body: String = ExtractCommandTests.sentence
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "header.txt", bytes: Array("Source: WION\nTitle: Drones\n\n\(sentence)".utf8), outlet: "WION", encoding: "utf-8", format: "text"),
        Case(
            name: "front-matter.md", bytes: Array("---\noutlet: \"Kyiv Wire\"\ntitle: Drones\n---\n\(sentence)".utf8),
            outlet: "Kyiv Wire", encoding: "utf-8", format: "text"),
        Case(
            name: "bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Source: WION\n\n\(sentence)".utf8), outlet: "WION", encoding: "utf-8", format: "text"),
        Case(
            name: "utf16.txt", bytes: [0xFF, 0xFE] + Array("Source: WION\n\n\(sentence)".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            outlet: "WION", encoding: "utf-16le", format: "text"),
        Case(
            name: "cp1252.txt",
            bytes: Array("Source: Le Monde\n\nLe ministre a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9, 0x20, 0x93] + Array("42 drones".utf8) + [
                0x94, 0x2E,
            ],
            outlet: "Le Monde", encoding: "windows-1252", format: "text", body: "Le ministre a déclaré “42 drones”."),
        Case(
            name: "declared.txt",
            bytes: Array("Source: WION\nContent-Type: text/plain; charset=ISO-8859-15\n\nPrice: 5 ".utf8) + [0xA4] + Array(" per drone.".utf8),
            outlet: "WION", encoding: "iso-8859-15", format: "text", body: "Price: 5 € per drone."),
        Case(
            name: "trafilatura.json",
            bytes: Array(
                #"{"title": "Drones", "hostname": "wionews.com", "sitename": "WION", "source": "https://www.wionews.com/a", "raw_text": "\#(sentence)"}"#
                    .utf8),
            outlet: "WION", encoding: "utf-8", format: "json"),
        Case(
            name: "news-please.json",
            bytes: Array(
                #"{"title": "Drones", "maintext": "\#(sentence)", "source_domain": "wionews.com", "url": "https://www.wionews.com/a", "authors": ["A"]}"#
                    .utf8),
            outlet: "wionews.com", encoding: "utf-8", format: "json"),
        Case(name: "page.html", bytes: Array(Self.page.utf8), outlet: "WION", encoding: "utf-8", format: "html"),
        Case(
            name: "response.htm",
            bytes: Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n".utf8)
                + Array(
                    "<html><head><title>Drones</title><link rel=canonical href='https://www.wionews.com/a'></head><body><nav><a href='/'>Home</a></nav><article><p>Le ministre a d"
                        .utf8)
                + [0xE9] + Array("clar".utf8) + [0xE9] + Array(" que 42 drones ont ".utf8) + [0xE9, 0x74, 0xE9]
                + Array(" abattus au-dessus de la capitale mardi soir.</p></article></body></html>".utf8),
            outlet: "wionews.com", encoding: "utf-8", format: "html",
            body: "Le ministre a déclaré que 42 drones ont été abattus au-dessus de la capitale mardi soir."),
        Case(
            name: "url-only.txt", bytes: Array("URL: https://news.bbc.co.uk/world/1\n\n\(sentence)".utf8), outlet: "bbc.co.uk", encoding: "utf-8",
            format: "text"),
    ]

    /// A news page with furniture around the article and its metadata in JSON-LD.
    static let page = """
        <!doctype html><html lang="en"><head><title>Drones | WION</title>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Drones over the capital", "datePublished": "2026-11-24", "publisher": {"name": "WION"}}</script>
        </head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <div id="cookie-banner">We use cookies. Accept all?</div>
        <article><h1>Drones over the capital</h1><p>\(sentence)</p></article>
        <aside class="related"><ul><li><a href="/b">Another story about drones and the capital tonight</a></li></ul></aside>
        <footer>© WION 2026</footer></body></html>
        """

    @Test(arguments: cases)
    func extractsEveryFormatAndEncoding(_ c: Case) throws {
        let directory = try TemporaryDirectory("cw-extract")
        let path = directory.file(c.name)
        try Data(c.bytes).write(to: URL(fileURLWithPath: path))
        let result = try runClaimwatch(["extract", "--json", path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
        #expect(report["outlet"] as? String == c.outlet)
        #expect(report["encoding"] as? String == c.encoding)
        #expect(report["format"] as? String == c.format)
        #expect((report["sentences"] as? [String]) == [c.body])
    }

    @Test func jsonLinesPrintOneReportPerGoodLineAndFailForTheBadOne() throws {
        let directory = try TemporaryDirectory("cw-extract")
        let path = directory.file("feed.ndjson")
        let text =
            #"{"outlet": "A", "text": "\#(Self.sentence)"}"# + "\n" + #"{"outlet": "B""# + "\n" + #"{"outlet": "C", "text": "\#(Self.sentence)"}"#
            + "\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = try runClaimwatch(["extract", "--json", path])
        #expect(result.status == 1)
        let outlets = result.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["outlet"] as? String
        }
        #expect(outlets == ["A", "C"])
        #expect(result.stderr.contains("line 2:"))
    }

    /// The extracted fields survive storage: `ingest` records them, `claims --json` prints them.
    @Test func claimFieldsAreStoredAndShownByClaimsJSON() throws {
        let directory = try TemporaryDirectory("cw-claims")
        let path = directory.file("a.txt")
        let text = """
            Source: Kyiv Wire
            Published: 2024-12-17

            Matthew Miller, a State Department spokesperson, warned on Monday that at least 30 North Korean soldiers were killed.
            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let ingest = try runClaimwatch(["ingest", "--data", directory.file("data"), path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let listed = try runClaimwatch(["claims", "--data", directory.file("data"), "--json"])
        let claim = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any], "\(listed.stdout)")
        #expect(claim["speaker"] as? String == "Matthew Miller")
        #expect(claim["speaker_role"] as? String == "State Department spokesperson")
        #expect(claim["cue"] as? String == "warned")
        let number = try #require((claim["numbers"] as? [[String: Any]])?.first)
        #expect(number["value"] as? Double == 30)
        #expect(number["qualifier"] as? String == "at least")
        let date = try #require((claim["dates"] as? [[String: Any]])?.first)
        #expect(date["resolved"] as? String == "2024-12-16")
        #expect(claim["polarity"] as? String == "affirmed")
        #expect(claim["outlet"] as? String == "Kyiv Wire")
    }

    @Test func binaryFileIsRefusedWithTheReason() throws {
        let directory = try TemporaryDirectory("cw-extract")
        let path = directory.file("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: URL(fileURLWithPath: path))
        let result = try runClaimwatch(["extract", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("binary"))
    }
}
