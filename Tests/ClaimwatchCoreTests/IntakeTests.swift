import Testing

@testable import ClaimwatchCore

struct TextDecodingTests {
    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Array("Kyiv – “quote”".utf8)).text == "Kyiv – “quote”")
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("hello".utf8)).text == "hello")
    }

    @Test func utf16WithBOM() throws {
        let little: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00]
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x48, 0x00, 0xE9]
        #expect(try TextDecoding.decode(little) == DecodedText(text: "Hé", encoding: "utf-16le"))
        #expect(try TextDecoding.decode(big) == DecodedText(text: "Hé", encoding: "utf-16be"))
    }

    @Test func windows1252IsTheFallbackForText() throws {
        // "Le ministre a déclaré “30”" in Windows-1252: é is E9, curly quotes are 93 and 94.
        let bytes = Array("Le ministre a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9, 0x20, 0x93] + Array("30".utf8) + [0x94]
        #expect(try TextDecoding.decode(bytes) == DecodedText(text: "Le ministre a déclaré “30”", encoding: "windows-1252"))
    }

    @Test func declaredCharsetIsHonoured() throws {
        // KOI8-R "Киев".
        let bytes: [UInt8] = [0xEB, 0xC9, 0xC5, 0xD7]
        #expect(try TextDecoding.decode(bytes, declaredCharset: "koi8-r").text == "Киев")
    }

    @Test func textIsNormalisedToNFC() throws {
        let decomposed = "Zelenskyy visited Lviv cafe\u{301}s."
        #expect(try TextDecoding.decode(Array(decomposed.utf8)).text == "Zelenskyy visited Lviv cafés.")
    }

    @Test(arguments: [
        ([0x41, 0x00, 0x42] as [UInt8], IntakeError.Code.binary),
        ([0x01, 0x02, 0x03, 0x04, 0x41] as [UInt8], .binary),
        (Array("café".utf8).dropLast(1).map { $0 }, .truncated),
        ([0x81, 0x8D, 0x41, 0x42] as [UInt8], .undecodable),
        ([0xFF, 0xFE, 0x41] as [UInt8], .truncated),
        ([0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC] as [UInt8], .undecodable),  // Shift-JIS
    ])
    func rejectsBadBytes(bytes: [UInt8], code: IntakeError.Code) {
        do {
            let decoded = try TextDecoding.decode(bytes)
            Issue.record("expected \(code), decoded \(decoded)")
        } catch {
            #expect(error.code == code)
        }
    }
}

struct HeaderBlockTests {
    @Test func parsesKnownKeysUntilBlankLine() {
        let header = HeaderBlock.parse(
            "Title: Burned faces\nSource: WION\nURL: https://www.wionews.com/a\nPublished: 2024-12-17\n\nBody line.\nMore.")
        #expect(header.fields.title == "Burned faces")
        #expect(header.fields.outlet == "WION")
        #expect(header.fields.url == "https://www.wionews.com/a")
        #expect(header.fields.published == "2024-12-17")
        #expect(header.body == "Body line.\nMore.")
        #expect(header.lineCount == 5)
    }

    @Test func yamlFrontMatter() {
        let header = HeaderBlock.parse(
            "---\ntitle: \"Burned faces\"\noutlet: WION\nauthors:\n  - Daniel Kim\n  - Ana Li\ndate: 2024-12-17\n---\nBody line.")
        #expect(header.fields.title == "Burned faces")
        #expect(header.fields.outlet == "WION")
        #expect(header.fields.author == "Daniel Kim, Ana Li")
        #expect(header.fields.published == "2024-12-17")
        #expect(header.body == "Body line.")
    }

    @Test func textWithoutHeaderIsAllBody() {
        let text = "Truth is often the first casualty in war.\nNote: this is not a header."
        let header = HeaderBlock.parse(text)
        #expect(header.fields == ArticleFields())
        #expect(String(header.body) == text)
    }
}

struct ArticleReaderTests {
    let reader = ArticleReader()

    func one(_ text: String, _ name: String = "a.txt", subfolder: String? = nil) throws -> Article {
        let items = try reader.read(Array(text.utf8), fileName: name, subfolder: subfolder)
        #expect(items.count == 1)
        return try items[0].result.get()
    }

    @Test func outletFromMetadataThenURLThenSubfolder() throws {
        let withHeader = try one("Outlet: Kyiv Wire\n\nZelensky said 30 soldiers died.", subfolder: "WION")
        #expect(withHeader.outlet == "Kyiv Wire")
        #expect(withHeader.outletSource == .metadata)
        let withURL = try one("URL: https://www.wionews.com/world/x\n\nText here.", "a.md", subfolder: "folder")
        #expect(withURL.outlet == "wionews.com")
        #expect(withURL.outletSource == .urlHost)
        #expect(try one("Text here.", subfolder: "WION").outlet == "WION")
        #expect(try one("Text here.").outlet == "unknown")
    }

    @Test func registrableDomainAndAliases() throws {
        let reader = ArticleReader(outlets: OutletResolver(aliases: ["bbc.co.uk": "BBC"], suffixes: .fallback))
        let article = try reader.read(Array("URL: https://news.bbc.co.uk/x\n\nText here.".utf8), fileName: "a.txt", subfolder: nil)[0].result.get()
        #expect(article.outlet == "BBC")
        #expect(PublicSuffixList.fallback.registrableDomain("www.wionews.com") == "wionews.com")
        #expect(PublicSuffixList(listText: "*.ck\n!www.ck\ncom").registrableDomain("a.b.example.ck") == "b.example.ck")
    }

    @Test(arguments: [
        #"{"source": "WION", "url": "https://wionews.com/x", "title": "T", "date": "2024-12-17", "author": "A", "text": "Body."}"#,
        #"{"title": "T", "author": "A", "hostname": "wionews.com", "date": "2024-12-17", "raw_text": "Body.", "source": "https://wionews.com/x", "sitename": "WION"}"#,
        #"{"title": "T", "maintext": "Body.", "date_publish": "2024-12-17", "source_domain": "WION", "url": "https://wionews.com/x", "authors": ["A"]}"#,
    ])
    func jsonShapes(json: String) throws {
        let article = try one(json, "x.json")
        #expect(article.outlet == "WION")
        #expect(article.title == "T")
        #expect(article.url == "https://wionews.com/x")
        #expect(article.published == "2024-12-17")
        #expect(article.author == "A")
        #expect(article.body == "Body.")
        #expect(article.format == .json)
    }

    @Test func jsonLinesFailLineByLine() throws {
        let text =
            #"{"outlet": "A", "text": "First article."}"# + "\n\n" + #"{"outlet": "B", "te"# + "\n" + #"{"outlet": "C", "text": "Third."}"# + "\n"
        let items = try reader.read(Array(text.utf8), fileName: "feed.jsonl", subfolder: nil)
        #expect(items.map(\.line) == [1, 3, 4])
        #expect(try items[0].result.get().outlet == "A")
        #expect(try items[2].result.get().line == 4)
        guard case .failure(let error) = items[1].result else { Issue.record("line 3 should fail"); return }
        #expect(error.message.hasPrefix("line 3:"))
    }

    @Test func entitiesAreDecodedInPlainText() throws {
        #expect(
            try one("Zelensky said &ldquo;enough&rdquo; &amp; left &#8212; again &#x2014; &bogus; x").body
                == "Zelensky said “enough” & left — again — &bogus; x")
    }

    @Test func languageIsDetected() throws {
        #expect(try one("The ministry said that the troops were moved to the border after the talks failed on Monday.").language == "en")
        #expect(
            try one("Der Minister sagte, dass die Truppen nach den gescheiterten Gesprächen an die Grenze verlegt wurden und das nicht gut ist.")
                .language == "de")
        #expect(try one("Министр заявил, что войска были переброшены к границе после провала переговоров.").language == "ru")
        #expect(try one("Президент заявив, що війська були перекинуті до кордону після провалу переговорів.").language == "uk")
        #expect(try one("Language: fr\n\nThe text says otherwise.").language == "fr")
    }

    @Test(arguments: [
        ("", "a.txt", IntakeError.Code.empty),
        ("  \n\t\n", "a.txt", .empty),
        ("Title: Only a header\nSource: X\n\n", "a.txt", .empty),
        (#"{"text": "cut"#, "a.json", .truncated),
        ("[1, 2]", "a.json", .unparseable),
        (#"{"title": "no text"}"#, "a.json", .unparseable),
        ("%PDF-1.4", "a.pdf", .unsupportedFormat),
        ("no extension", "README", .unsupportedFormat),
    ])
    func badFiles(contents: String, name: String, code: IntakeError.Code) {
        do {
            _ = try reader.read(Array(contents.utf8), fileName: name, subfolder: nil).map { try $0.result.get() }
            Issue.record("expected \(code) for \(name)")
        } catch let error as IntakeError {
            #expect(error.code == code)
            #expect(!error.message.isEmpty)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func hostOfURL() {
        #expect(OutletResolver.host(of: "https://www.wionews.com/world/a?b=c") == "www.wionews.com")
        #expect(OutletResolver.host(of: "http://user@Example.org:8080/x") == "example.org")
        #expect(OutletResolver.host(of: "not a url") == nil)
    }
}
