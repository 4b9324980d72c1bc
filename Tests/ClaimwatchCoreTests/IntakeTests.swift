import Testing
@testable import ClaimwatchCore

struct TextDecodingTests {
    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Array("Kyiv – “quote”".utf8)) == "Kyiv – “quote”")
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("hello".utf8)) == "hello")
    }

    @Test func utf16WithBOM() throws {
        let little: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00]
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x48, 0x00, 0xE9]
        #expect(try TextDecoding.decode(little) == "Hé")
        #expect(try TextDecoding.decode(big) == "Hé")
    }

    @Test(arguments: [
        ([0x41, 0x00, 0x42] as [UInt8], IntakeError.Code.binary),
        (Array("café".utf8).dropLast(1).map { $0 }, .truncated),
        ([0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B] as [UInt8], .undecodable),
        ([0xFF, 0xFE, 0x41] as [UInt8], .truncated),
        ([0xED, 0xA0, 0x80] as [UInt8], .undecodable),
    ])
    func rejectsBadBytes(bytes: [UInt8], code: IntakeError.Code) {
        #expect(throws: IntakeError.self) { try TextDecoding.decode(bytes) }
        do { _ = try TextDecoding.decode(bytes) } catch { #expect(error.code == code) }
    }
}

struct HeaderBlockTests {
    @Test func parsesKnownKeysUntilBlankLine() {
        let header = HeaderBlock.parse("Title: Burned faces\nSource: WION\nURL: https://www.wionews.com/a\nPublished: 2024-12-17\n\nBody line.\nMore.")
        #expect(header.fields["title"] == "Burned faces")
        #expect(header.fields["outlet"] == "WION")
        #expect(header.fields["url"] == "https://www.wionews.com/a")
        #expect(header.fields["published"] == "2024-12-17")
        #expect(header.body == "Body line.\nMore.")
    }

    @Test func textWithoutHeaderIsAllBody() {
        let text = "Truth is often the first casualty in war.\nNote: this is not a header."
        let header = HeaderBlock.parse(text)
        #expect(header.fields.isEmpty)
        #expect(String(header.body) == text)
    }
}

struct ArticleReaderTests {
    let reader = ArticleReader()

    @Test func outletFromHeaderThenURLThenSubfolder() throws {
        let withHeader = try reader.read(Array("Outlet: Kyiv Wire\n\nZelensky said 30 soldiers died.".utf8), fileName: "a.txt", subfolder: "WION")
        #expect(withHeader.outlet == "Kyiv Wire")
        #expect(withHeader.outletSource == .header)
        let withURL = try reader.read(Array("URL: https://www.wionews.com/world/x\n\nText here.".utf8), fileName: "a.md", subfolder: "folder")
        #expect(withURL.outlet == "wionews.com")
        #expect(withURL.outletSource == .urlHost)
        let plain = try reader.read(Array("Text here.".utf8), fileName: "a.txt", subfolder: "WION")
        #expect(plain.outlet == "WION")
        #expect(try reader.read(Array("Text here.".utf8), fileName: "a.txt", subfolder: nil).outlet == "unknown")
    }

    @Test func jsonArticle() throws {
        let json = #"{"source": "WION", "url": "https://wionews.com/x", "title": "T", "date": "2024-12-17", "author": "A", "text": "Body."}"#
        let article = try reader.read(Array(json.utf8), fileName: "x.json", subfolder: nil)
        #expect(article.outlet == "WION")
        #expect(article.published == "2024-12-17")
        #expect(article.body == "Body.")
    }

    @Test(arguments: [
        ("", "a.txt", IntakeError.Code.empty),
        ("  \n\t\n", "a.txt", .empty),
        ("Title: Only a header\nSource: X\n\n", "a.txt", .empty),
        (#"{"text": "cut"#, "a.json", .truncated),
        ("[1, 2]", "a.json", .unparseable),
        (#"{"title": "no text"}"#, "a.json", .unparseable),
        ("%PDF-1.4", "a.pdf", .unsupportedFormat),
    ])
    func badFiles(contents: String, name: String, code: IntakeError.Code) {
        do {
            _ = try reader.read(Array(contents.utf8), fileName: name, subfolder: nil)
            Issue.record("expected \(code) for \(name)")
        } catch {
            #expect(error.code == code)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func hostOfURL() {
        #expect(OutletResolver.host(of: "https://www.wionews.com/world/a?b=c") == "wionews.com")
        #expect(OutletResolver.host(of: "http://user@Example.org:8080/x") == "example.org")
        #expect(OutletResolver.host(of: "not a url") == nil)
    }
}
