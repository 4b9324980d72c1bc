import ClaimwatchWatch
import Testing

@testable import ClaimwatchDaemon

/// How a file name's bytes are shown and recorded, and how a moved file is numbered.
struct FileNameEscapeTests {
    static func bytes(_ text: String, _ raw: [UInt8] = [], _ tail: String = "") -> [UInt8] {
        Array(text.utf8) + raw + Array(tail.utf8)
    }

    @Test(arguments: ["a.txt", "with space.txt", "new\nline.txt", #"back\slash.txt"#, #"caf\xe9.txt"#, "café.txt", "WION/a.txt"])
    func aUTF8NameIsShownAsItIs(_ name: String) {
        let file = FileName(name)
        #expect(file.isUTF8)
        #expect(file.display == name)
    }

    @Test func bytesThatAreNotUTF8AreEscapedAndComeBack() {
        let cases: [([UInt8], String)] = [
            (Self.bytes("caf", [0xE9], ".txt"), #"caf\xe9.txt"#),
            ([0xFF], #"\xff"#),
            (Self.bytes("bad", [0xFF, 0xFE], "name.txt"), #"bad\xff\xfename.txt"#),
            // Valid characters stay readable; `\` and controls are escaped, so the form is reversible.
            (Self.bytes("é\\", [0xFF], "\n.txt"), #"é\x5c\xff\x0a.txt"#),
            (Self.bytes("Z", [0xFC], "rich/news.txt"), #"Z\xfcrich/news.txt"#),
        ]
        for (raw, shown) in cases {
            let name = FileName(bytes: raw)
            #expect(!name.isUTF8)
            #expect(name.display == shown)
            #expect(FileName(display: shown).bytes == raw, "\(shown) does not decode back")
        }
    }

    @Test func theLogTellsALiteralBackslashFromAnEscape() {
        let invalid = FileName(bytes: Self.bytes("caf", [0xE9], ".txt"))
        let literal = FileName(#"caf\xe9.txt"#)
        #expect(invalid.display == literal.display)  // the documented collision, records only
        #expect(invalid != literal)
        #expect(invalid.logged == #"caf\xe9.txt"#)
        #expect(literal.logged == #"caf\\xe9.txt"#)
        // A display read back from the records is taken as the escape: callers check both names.
        #expect(FileName(display: literal.display) == invalid)
        #expect(FileName(display: #"back\slash.txt"#) == FileName(#"back\slash.txt"#))
    }

    @Test func componentsAreSplitOnBytes() {
        let path = FileName(bytes: Self.bytes("Z", [0xFC], "rich/n") + Self.bytes("", [0xFF], ".txt"))
        #expect(path.folder == FileName(bytes: Self.bytes("Z", [0xFC], "rich")))
        #expect(path.last == FileName(bytes: Self.bytes("n", [0xFF], ".txt")))
        #expect(path.folder!.appending(path.last) == path)
    }

    @Test func aTakenNameIsNumberedBeforeTheExtension() {
        #expect(FileMover.numbered(FileName("/p/WION/a.txt"), 2) == FileName("/p/WION/a.2.txt"))
        #expect(FileMover.numbered(FileName("/p/a.b/c"), 3) == FileName("/p/a.b/c.3"))
        #expect(FileMover.numbered(FileName(bytes: Self.bytes("/p/", [0xFF], ".txt")), 2) == FileName(bytes: Self.bytes("/p/", [0xFF], ".2.txt")))
    }
}
