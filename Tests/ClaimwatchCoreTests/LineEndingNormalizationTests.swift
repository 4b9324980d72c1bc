import Testing

@testable import ClaimwatchCore

/// LF, CRLF and lone CR read alike in every text format.
struct LineEndingNormalizationTests {
    static let reader = ArticleReader()

    static func variants(_ lf: String) -> [String] {
        [lf, lf.replacingOccurrences(of: "\n", with: "\r\n"), lf.replacingOccurrences(of: "\n", with: "\r")]
    }

    @Test func normalisesCRLFAndLoneCR() {
        #expect(LineEndings.normalized("a\r\nb\rc\n\r\nd") == "a\nb\nc\n\nd")
        #expect(LineEndings.normalized("no breaks") == "no breaks")
    }

    @Test(arguments: [
        ("a.txt", "Source: WION\nTitle: Drones\n\nThe ministry said 42 drones were shot down over the capital on Tuesday night.\n"),
        ("a.md", "---\noutlet: WION\ntitle: Drones\n---\n\nThe ministry said 42 drones were shot down over the capital on Tuesday night.\n"),
        (
            "a.json",
            "{\n\"outlet\": \"WION\",\n\"title\": \"Drones\",\n\"text\": \"The ministry said 42 drones were shot down over the capital on Tuesday night.\"\n}\n"
        ),
    ])
    func everyEndingGivesTheSameArticle(_ name: String, _ lf: String) throws {
        let articles = try Self.variants(lf).map { text -> Article in
            let items = try Self.reader.read(Array(text.utf8), fileName: name, subfolder: nil)
            return try items[0].result.get()
        }
        for article in articles {
            #expect(article.outlet == "WION", "\(name)")
            #expect(article.title == "Drones", "\(name)")
            #expect(article.body == articles[0].body, "\(name)")
        }
    }

    @Test func jsonLinesWithCRLFKeepEveryLine() throws {
        let lf =
            #"{"outlet": "A", "text": "The ministry said 42 drones were shot down over the capital on Tuesday night."}"# + "\n"
            + #"{"outlet": "B", "text": "Officials said 42 drones were shot down over the capital on Tuesday night."}"# + "\n"
        for text in Self.variants(lf) {
            let items = try Self.reader.read(Array(text.utf8), fileName: "feed.jsonl", subfolder: nil)
            #expect(items.count == 2)
            #expect(try items.map { try $0.result.get().outlet } == ["A", "B"])
        }
    }
}
