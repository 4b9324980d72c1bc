import Foundation
import Testing

@testable import ClaimwatchCore

/// The five seed articles (one story by five outlets, as scraped) and, for each, the gold list of
/// its furniture lines in `Fixtures/boilerplate/<seed>.removed.txt` (exact text, trimmed, input order).
enum Seeds {
    static let names = [
        "000_111a331b0f115d53.txt", "001_371ef33dcdf4362b.txt", "002_f8db145d4e3be179.txt",
        "003_ea56af7ab81edfdd.txt", "004_3a79a2b6b8364d89.txt",
    ]
    static let testFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The repository is three levels up from this file; `shared` is beside it.
    static let seedFolder = testFolder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/samples/seeds")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: seedFolder.appendingPathComponent(name), encoding: .utf8)
    }

    static func furniture(_ name: String) throws -> [String] {
        let url = testFolder.appendingPathComponent("Fixtures/boilerplate/\(name).removed.txt")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    static func trimmed<S: StringProtocol>(_ line: S) -> String {
        String(line).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The seed's lines with the gold furniture lines blanked out: the article as it should be kept.
    static func body(of text: String, furniture: [String]) throws -> [String] {
        var pending = furniture[...]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let next = pending.first, trimmed(line) == next else { return String(line) }
            pending.removeFirst()
            return ""
        }
        try #require(pending.isEmpty, "gold lines not found in order in the seed: \(Array(pending))")
        return lines
    }
}

struct BoilerplateSeedTests {
    @Test func everySeedHasAGoldFile() throws {
        let present = try FileManager.default.contentsOfDirectory(atPath: Seeds.seedFolder.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(present) == Set(Seeds.names))
    }

    @Test(arguments: Seeds.names)
    func removesExactlyTheFurnitureLines(_ name: String) throws {
        let text = try Seeds.text(name)
        let furniture = try Seeds.furniture(name)
        let cleaned = Boilerplate.clean(text)
        #expect(cleaned.removed.map(\.text) == furniture)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for removed in cleaned.removed {
            #expect(Seeds.trimmed(lines[removed.line - 1]) == removed.text, "line \(removed.line)")
        }
        let bodyLines = try Seeds.body(of: text, furniture: furniture).map(Seeds.trimmed).filter { !$0.isEmpty }
        let keptLines = cleaned.kept.split(separator: "\n").map(Seeds.trimmed).filter { !$0.isEmpty }
        #expect(keptLines == bodyLines)
    }

    @Test(arguments: Seeds.names)
    func keptSentencesAreTheArticleBodySentences(_ name: String) throws {
        let text = try Seeds.text(name)
        let body = try Seeds.body(of: text, furniture: Seeds.furniture(name)).joined(separator: "\n")
        let bodySentences = SentenceSplitter.split(body)
        let keptSentences = SentenceSplitter.split(Boilerplate.clean(text).kept)
        let fromFurniture = keptSentences.filter { !bodySentences.contains($0) }
        #expect(fromFurniture.isEmpty, "kept sentences that are not article body")
        let lost = bodySentences.filter { !keptSentences.contains($0) }
        #expect(lost.isEmpty, "article sentences that were not kept")
        #expect(keptSentences == bodySentences)
    }

    @Test func everyRemovedSeedLineHasAKnownReason() throws {
        let reasons: Set<String> = [
            "repeated block", "navigation/label line", "link list", "caption", "byline", "advertisement marker",
            "related-link line", "after the article's end", "editorial footer",
        ]
        for name in Seeds.names {
            for removed in Boilerplate.clean(try Seeds.text(name)).removed {
                #expect(reasons.contains(removed.reason), "\(name) line \(removed.line): \(removed.reason)")
            }
        }
    }
}

/// One property of page furniture per test, on small made-up articles.
struct BoilerplatePropertyTests {
    let paragraph1 = "Ukrainian President Volodymyr Zelensky said on Tuesday that Russia burns the faces of dead soldiers."
    let paragraph2 = "The Pentagon said North Korean troops had suffered losses in the Kursk region."
    let paragraph3 = "Officials in Seoul said they could not independently confirm the figures."

    func removed(_ text: String) -> [String: String] {
        Dictionary(Boilerplate.clean(text).removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func ordinaryArticleIsKeptWhole() {
        let text = "Zelensky Accuses Russia of Hiding Losses\n\n\(paragraph1)\n\nForbidden From Showing Faces\n\n\(paragraph2)\n\(paragraph3)"
        let cleaned = Boilerplate.clean(text)
        #expect(cleaned.removed == [])
        #expect(cleaned.kept == text)
    }

    @Test func repeatedBlockKeepsTheFirstCopyOfRunningText() {
        let share = "Share this story with your friends on Facebook and X"
        let cleaned = Boilerplate.clean([paragraph1, share, paragraph2, share, paragraph3, paragraph3].joined(separator: "\n"))
        #expect(cleaned.removed.map(\.line) == [2, 4, 6])
        #expect(cleaned.removed.allSatisfy { $0.reason == "repeated block" })
        #expect(SentenceSplitter.split(cleaned.kept) == [paragraph1, paragraph2, paragraph3])
    }

    @Test func linkListAfterTheEndTakesEverythingAfterIt() {
        let text = """
            \(paragraph1)

            \(paragraph2)

            \(paragraph3) Washington and Seoul have accused Pyongyang of sending over 10,000 troops to Russia.

            Zelensky said there was not a single reason for North Koreans to fight and die for Putin.

            More From World
            • Putin Sets Conditions for Peace: Ukraine Must Stay Neutral
            • North Korean Hackers Steal $1.34 Billion in Crypto
            • Musk Eyes Unsupervised Driverless Cars in Texas and California
            Sign up for our newsletter and get the day's top stories every morning.
            """
        let reasons = removed(text)
        #expect(reasons["• North Korean Hackers Steal $1.34 Billion in Crypto"] == "link list")
        #expect(reasons["Sign up for our newsletter and get the day's top stories every morning."] == "after the article's end")
        #expect(reasons.count == 5)
        #expect(Boilerplate.clean(text).kept.hasSuffix("to fight and die for Putin."))
    }

    @Test func linkListInsideTheBodyGoesAndTheBodyStays() {
        let text =
            "\(paragraph1)\nRelated\n- Kyiv Says 30 North Korean Troops Killed\n- Seoul Warns of More Deployments\n\(paragraph2)\n\(paragraph3)"
        #expect(Boilerplate.clean(text).removed.map(\.line) == [2, 3, 4])
        #expect(SentenceSplitter.split(Boilerplate.clean(text).kept) == [paragraph1, paragraph2, paragraph3])
    }

    @Test func bylineWithEmailAndTheNameBesideIt() {
        let reasons = removed("By Jane Roe and John Doe\n\(paragraph1)\n\(paragraph2)\nJane Roe\njane.roe@example.com")
        #expect(reasons == ["By Jane Roe and John Doe": "byline", "Jane Roe": "byline", "jane.roe@example.com": "byline"])
    }

    @Test func advertisementMarkers() {
        let text = "\(paragraph1)\n\nAdvertisement\n\n\(paragraph2)\nStory continues below advertisement\n\(paragraph3)\nADVERTISMENT"
        let cleaned = Boilerplate.clean(text)
        #expect(cleaned.removed.map(\.line) == [3, 6, 8])
        #expect(cleaned.removed.allSatisfy { $0.reason == "advertisement marker" })
        #expect(cleaned.kept == "\(paragraph1)\n\n\(paragraph2)\n\n\(paragraph3)")
    }

    @Test func repeatedCaptionsAndCreditLines() {
        let caption = "Soldiers burn a body on a snowy slope in a video released on Tuesday."
        let text =
            "\(caption) / Telegram screenshot.\n\(caption) / Telegram screenshot.\n\(paragraph1)\nZelensky in Kyiv on Monday\n"
            + "Zelensky in Kyiv on Monday\n\(paragraph2)\nPhoto: AFP\n/Zelenskyy’s Telegram screenshot\n\(paragraph3)"
        let cleaned = Boilerplate.clean(text)
        #expect(cleaned.removed.map(\.line) == [1, 2, 4, 5, 7, 8])
        #expect(cleaned.removed.allSatisfy { $0.reason == "caption" })
    }

    @Test func relatedLinkLines() {
        let links = [
            "Also read: Russia-Ukraine war: Kyiv claims killing 30 North Korean soldiers",
            "Watch | Russia-Ukraine War: Trump To Talk To Zelensky",
            "READ MORE: North Korea sends more troops to Russia",
            "Read more about the war in Ukraine",
        ]
        let text = [paragraph1, links[0], paragraph2, links[1], links[2], paragraph3, links[3]].joined(separator: "\n\n")
        let reasons = removed(text)
        #expect(reasons.keys.sorted() == links.sorted())
        #expect(reasons.values.allSatisfy { $0 == "related-link line" })
    }

    @Test func navigationAndLabelLines() {
        let text = """
            Quick access to main page (top) Direct access to main contents Quick access to main page (bottom)
            Moscow, Russia
            \(paragraph1)
            ×
            \(paragraph2)
            [CAUTION: graphic content]
            \(paragraph3)
            """
        #expect(Boilerplate.clean(text).removed.map(\.line) == [1, 2, 4, 6])
        #expect(removed(text).values.allSatisfy { $0 == "navigation/label line" })
    }

    @Test func trailingEditorialFootersGoButNotesInsideTheBodyStay() {
        let inside = "Note: the ministry's figures could not be verified independently by reporters."
        let text = """
            \(paragraph1)
            \(inside)
            \(paragraph2)
            Disclaimer: While we take utmost care to report accurately, we cannot verify all claims.
            Note: Every piece of content is reviewed by our team of editors. We appreciate your trust!
            (With inputs from agencies)
            """
        let reasons = removed(text)
        #expect(reasons[inside] == nil)
        #expect(reasons.filter { $0.value == "editorial footer" }.count == 2)
        #expect(reasons["(With inputs from agencies)"] == "after the article's end")
    }

    @Test func lineNumbersCountEveryLineAndCRLFIsRead() {
        let cleaned = Boilerplate.clean("\(paragraph1)\r\n\r\nAdvertisement\r\n\(paragraph2)\r\n")
        #expect(cleaned.removed == [RemovedLine(line: 3, text: "Advertisement", reason: "advertisement marker")])
        #expect(cleaned.kept == "\(paragraph1)\n\n\(paragraph2)")
    }
}
