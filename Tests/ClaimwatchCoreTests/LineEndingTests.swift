import Testing

@testable import ClaimwatchCore

/// The same text with LF, CRLF and lone-CR line endings: every line-based step reads it alike.
struct SentenceSplitterLineEndingTests {
    static let endings = ["\n", "\r\n", "\r"]

    @Test(arguments: endings)
    func paragraphAndLineBreaksSplitAlike(ending: String) {
        let text = [
            "Forbidden From Showing Faces", "Zelensky shared the disturbing claim.", "", "Comments0",
            "Zelensky said the troops", "were burned.",
        ].joined(separator: ending)
        #expect(
            SentenceSplitter.split(text) == [
                "Forbidden From Showing Faces", "Zelensky shared the disturbing claim.", "Comments0",
                "Zelensky said the troops were burned.",
            ])
    }

    @Test(arguments: endings)
    func blankLineEndsASentenceWithoutAStop(ending: String) {
        let text = "the troops were burned" + ending + ending + "the faces were hidden"
        #expect(SentenceSplitter.split(text) == ["the troops were burned", "the faces were hidden"])
    }
}

/// Every format with LF, CRLF and lone-CR endings gives the same article.
struct ReaderLineEndingTests {
    static let endings = ["lf": "\n", "crlf": "\r\n", "cr": "\r"]
    static let paragraph1 = "Officials said 42 drones were shot down over the capital on Tuesday night, the ministry said."
    static let paragraph2 = "The air force said the attack lasted more than four hours and damaged two buildings."

    static let files: [(name: String, text: String)] = [
        ("a.txt", "Source: WION\nTitle: Drones over Kyiv\n\n\(paragraph1)\n\nAdvertisement\n\(paragraph2)\n"),
        ("a.md", "---\noutlet: WION\ntitle: Drones over Kyiv\n---\n\n\(paragraph1)\n\n\(paragraph2)\n"),
        ("a.json", "{\n  \"outlet\": \"WION\",\n  \"title\": \"Drones over Kyiv\",\n  \"text\": \"\(paragraph1)\\n\\n\(paragraph2)\"\n}\n"),
        (
            "a.html",
            "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n<html><head><title>Drones over Kyiv</title>\n<meta property=\"og:site_name\" content=\"WION\">\n</head><body><article>\n<p>\(paragraph1)</p>\n<p>\(paragraph2)</p>\n</article></body></html>\n"
        ),
    ]

    static func read(_ text: String, name: String) throws -> [Article] {
        try ArticleReader().read(Array(text.utf8), fileName: name, subfolder: nil).map { try $0.result.get() }
    }

    @Test(arguments: ["crlf", "cr"])
    func everyFormatReadsAlike(ending: String) throws {
        for file in Self.files {
            let expected = try Self.read(file.text, name: file.name)
            let converted = file.text.replacingOccurrences(of: "\n", with: Self.endings[ending]!)
            let articles = try Self.read(converted, name: file.name)
            #expect(articles.map(\.outlet) == ["WION"], "\(file.name) \(ending)")
            #expect(articles.map(\.title) == expected.map(\.title), "\(file.name) \(ending)")
            #expect(articles.map(\.body) == expected.map(\.body), "\(file.name) \(ending)")
            #expect(!articles.contains { $0.body.contains("\r") }, "\(file.name) \(ending)")
        }
    }

    @Test(arguments: ["lf", "crlf", "cr"])
    func jsonLinesKeepEveryLine(ending: String) throws {
        let lines = (1...3).map { #"{"outlet": "Feed\#($0)", "text": "Officials said \#($0 + 40) drones were shot down."}"# }
        let text = lines.joined(separator: Self.endings[ending]!) + Self.endings[ending]!
        let items = try ArticleReader().read(Array(text.utf8), fileName: "feed.jsonl", subfolder: nil)
        #expect(items.map(\.line) == [1, 2, 3])
        #expect(try items.map { try $0.result.get().outlet } == ["Feed1", "Feed2", "Feed3"])
    }

    @Test(arguments: ["lf", "crlf", "cr"])
    func headerBlockParsedFromUndecodedText(ending: String) {
        let e = Self.endings[ending]!
        let header = HeaderBlock.parse("Source: WION\(e)Title: Drones\(e)\(e)Body line.\(e)More.")
        #expect(header.fields.outlet == "WION")
        #expect(header.body == "Body line.\(e)More.")
        #expect(header.lineCount == 3)
        let front = HeaderBlock.parse("---\(e)outlet: WION\(e)---\(e)Body.")
        #expect(front.fields.outlet == "WION")
        #expect(front.body == "Body.")
    }

    @Test func boilerplateNumbersLinesAlikeForEveryEnding() {
        for e in Self.endings.values {
            let cleaned = Boilerplate.clean("\(Self.paragraph1)\(e)\(e)Advertisement\(e)\(Self.paragraph2)\(e)")
            #expect(cleaned.removed == [RemovedLine(line: 3, text: "Advertisement", reason: "advertisement marker")])
            #expect(cleaned.kept == "\(Self.paragraph1)\n\n\(Self.paragraph2)")
        }
    }
}

struct LineEndingsSplitTests {
    @Test func splitsAtLFCRLFAndLoneCR() {
        #expect(LineEndings.split("a\nb\r\nc\rd") == ["a", "b", "c", "d"])
        #expect(LineEndings.split("a\r\n") == ["a", ""])
        #expect(LineEndings.split("a\r\r\nb") == ["a", "", "b"])
        #expect(LineEndings.split("") == [""])
        #expect(LineEndings.normalized("a\r\nb\rc\n\r") == "a\nb\nc\n\n")
    }

    @Test func bytesLineEnd() {
        let bytes = Array("ab\r\ncd\ref\ngh".utf8)
        #expect(LineEndings.lineEnd(in: bytes, from: 0)! == (2, 4))
        #expect(LineEndings.lineEnd(in: bytes, from: 4)! == (6, 7))
        #expect(LineEndings.lineEnd(in: bytes, from: 7)! == (9, 10))
        #expect(LineEndings.lineEnd(in: bytes, from: 10) == nil)
    }

    @Test func publicSuffixListWithCRLF() {
        let list = PublicSuffixList(listText: "co.uk\r\ncom.au\r\n")
        #expect(list.registrableDomain("www.bbc.co.uk") == "bbc.co.uk")
        #expect(list.registrableDomain("www.abc.com.au") == "abc.com.au")
    }
}
