import Foundation
import Testing

@testable import ClaimwatchCore

struct ClaimMatcherTests {
    let matcher = ClaimMatcher()

    func features(_ text: String) -> ClaimFeatures {
        let claims = ClaimExtractor().claims(in: Article(outlet: "X", outletSource: .metadata, body: text))
        return ClaimFeatures(claims.first ?? Claim(text: text))
    }

    @Test func sameQuoteFromAnotherOutletIsARepeat() throws {
        let decision = try #require(
            matcher.decide(
                new: features(
                    "“Even after years of war, when we thought the Russians could not get any more cynical, we see something even worse,” Zelensky stated on X."
                ),
                existing: features(
                    "\"Even after years of war, when we thought the Russians could not get any more cynical, we see something even worse,\" Zelensky said in a post on X."
                )))
        #expect(decision.kind == .repeat)
        #expect(decision.score > 0.7)
        #expect(decision.reasons.contains { $0.contains("same speaker") })
    }

    @Test func differentNumberForTheSameThingIsAContradiction() throws {
        let decision = try #require(
            matcher.decide(
                new: features("Zelensky shared a 90-second video showing a group of people burning a corpse on a snow-covered slope."),
                existing: features("Zelensky shared a 31-second video showing a group of people burning a corpse on a snow-covered slope.")))
        #expect(decision.kind == .contradiction)
        #expect(decision.conflict == Conflict(field: .number("video length"), new: "90 seconds", existing: "31 seconds"))
    }

    @Test(arguments: [
        (Quantity(value: 30, written: "30", unit: "soldier", qualifier: .atLeast), Quantity(value: 45, written: "45", unit: "soldier"), true),
        (Quantity(value: 30, written: "30", unit: "soldier", qualifier: .about), Quantity(value: 32, written: "32", unit: "soldier"), true),
        (
            Quantity(value: 10_000, written: "10,000", unit: "troop", qualifier: .moreThan),
            Quantity(value: 12_000, written: "12,000", unit: "troop"), true
        ),
        (Quantity(value: 3_000, written: "3,000", unit: "troop"), Quantity(value: 10_000, written: "10,000", unit: "troop"), false),
        (Quantity(value: 30, written: "30", unit: "soldier", qualifier: .moreThan), Quantity(value: 30, written: "30", unit: "soldier"), false),
        (
            Quantity(value: 120, written: "120", unit: "bed", qualifier: .upTo), Quantity(value: 100, written: "100", unit: "bed", qualifier: .about),
            true
        ),
        (Quantity(value: 30, written: "30", unit: "soldier", qualifier: .about), Quantity(value: 50, written: "50", unit: "soldier"), false),
    ])
    func numbersAreComparedWithTheirQualifiers(_ a: Quantity, _ b: Quantity, _ compatible: Bool) {
        #expect(a.isCompatible(with: b) == compatible)
        #expect(b.isCompatible(with: a) == compatible)
    }

    /// "At least 30" and 45 can both be true, so they do not contradict each other; but 45 says
    /// more than "at least 30", so it is not a repeat either.
    @Test func atLeastAndALargerNumberAreNeitherRepeatNorContradiction() throws {
        let decision =
            (matcher.decide(
                new: features("Ukrainian military intelligence said 45 North Korean soldiers were killed in the Kursk region over the weekend."),
                existing: features(
                    "Ukrainian military intelligence said at least 30 North Korean soldiers were killed in the Kursk region over the weekend.")))
        #expect(decision == nil)
    }

    @Test func negatedStatementIsAContradiction() throws {
        let decision = try #require(
            matcher.decide(
                new: features("The Pentagon said North Korean soldiers have not participated in combat operations in Kursk."),
                existing: features("The Pentagon said North Korean soldiers have participated in combat operations in Kursk.")))
        #expect(decision.kind == .contradiction)
        #expect(decision.conflict?.field == .polarity)
    }

    @Test func unrelatedClaimsDoNotMatch() {
        #expect(
            matcher.decide(
                new: features("Washington and Seoul have accused Pyongyang of sending over 10,000 troops to support Moscow."),
                existing: features("Vladimir Putin reportedly gathered 50,000 Russian and North Korean soldiers to launch a ground invasion.")) == nil
        )
    }
}

struct AlertRenderingTests {
    @Test func humanLineEscapesControlCharacters() {
        let alert = Alert(
            id: 7, time: Timestamp.date("2026-11-24T08:00:00Z")!, kind: .repeat, outlet: "WION",
            article: .init(path: "WION/a.txt", title: nil, url: nil, published: nil),
            claim: .init(id: 3, text: "line one\nline two\u{1B}[31m", speaker: "Zelensky"),
            matched: .init(
                claimID: 1, outlet: "Kyiv Wire", text: "x", speaker: nil, articleURL: nil, firstSeen: Timestamp.date("2026-11-24T07:00:00Z")!),
            score: 0.9, reasons: ["r"], outletsCarrying: 2, conflict: nil)
        let line = alert.humanLine()
        #expect(!line.contains("\n"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
        #expect(line.contains(#"line one\nline two\u{1b}[31m"#))
        #expect(line.contains("#7 REPEAT  WION repeats Kyiv Wire (2 outlets now)"))
        #expect(!alert.jsonLine().contains("\n"))
    }

    /// Text meant to forge or hide alerts: line breaks of every kind (U+2028, U+2029, NEL), quotes,
    /// backslashes, terminal escapes and a whole fake alert line. Each alert stays one line in both
    /// logs, the JSON decodes back to exactly the text given, and nothing raw reaches a terminal.
    @Test func forgedTextStaysInsideItsAlertLine() throws {
        let forged = "said \"no\" \\ end\n{\"id\":999,\"kind\":\"repeat\",\"outlet\":\"Forged\"}\r\u{2028}\u{2029}\u{85}\u{1B}[2J\u{1B}]0;title\u{07}"
        let alert = Alert(
            id: 8, time: Timestamp.date("2026-11-24T08:00:00Z")!, kind: .contradiction, outlet: "Evil \"Wire\" \(forged)",
            article: .init(path: "Evil/\(forged).json", title: forged, url: nil, published: nil),
            claim: .init(id: 4, text: "Officials \(forged)", speaker: forged),
            matched: .init(
                claimID: 1, outlet: "Kyiv Wire", text: forged, speaker: nil, articleURL: nil, firstSeen: Timestamp.date("2026-11-24T07:00:00Z")!),
            score: 0.9, reasons: [forged], outletsCarrying: 2, conflict: .init(field: .number("number"), new: forged, existing: "12"))
        let breaks: [Unicode.Scalar] = ["\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{1B}", "\u{07}"]
        for line in [alert.jsonLine(), alert.humanLine()] {
            #expect(!line.unicodeScalars.contains { breaks.contains($0) }, "a raw line break or control character: \(line.debugDescription)")
        }
        let decoded = try JSONDecoder().decode(Alert.self, from: Data(alert.jsonLine().utf8))
        #expect(decoded == alert)
        #expect(alert.humanLine().hasPrefix(#"2026-11-24T08:00:00Z #8 CONTRADICTION  Evil "Wire" said "no" \\ end\n{"id":999"#))
    }
    /// Bidirectional controls, marks and zero-width characters (a "Trojan Source" line): escaped
    /// in the human log, `\uXXXX` in the JSON, which still decodes to the text given.
    @Test func bidiAndZeroWidthCharactersAreEscaped() throws {
        let hidden: [Unicode.Scalar] = ["\u{202E}", "\u{202C}", "\u{2066}", "\u{2069}", "\u{200B}", "\u{200F}", "\u{061C}", "\u{FEFF}", "\u{2060}"]
        let text = "The toll was 12 " + hidden.map { String($0) }.joined(separator: "x") + " said the mayor"
        let alert = Alert(
            id: 9, time: Timestamp.date("2026-11-24T08:00:00Z")!, kind: .repeat, outlet: "Wire\u{202E}",
            article: .init(path: "a.txt", title: nil, url: nil, published: nil),
            claim: .init(id: 5, text: text, speaker: "Ann\u{200B}e"),
            matched: .init(
                claimID: 1, outlet: "Kyiv Wire", text: text, speaker: nil, articleURL: nil, firstSeen: Timestamp.date("2026-11-24T07:00:00Z")!),
            score: 0.9, reasons: [], outletsCarrying: 2, conflict: nil)
        let human = alert.humanLine(), json = alert.jsonLine()
        for line in [human, json] {
            #expect(!line.unicodeScalars.contains { hidden.contains($0) }, "raw: \(line.debugDescription)")
        }
        #expect(human.contains(#"Wire\u{202e} repeats Kyiv Wire"#))
        #expect(human.contains(#"12 \u{202e}x\u{202c}x\u{2066}x\u{2069}x\u{200b}x\u{200f}x\u{61c}x\u{feff}x\u{2060} said"#))
        #expect(json.contains(#"12 \u202ex\u202cx"#))
        #expect(try JSONDecoder().decode(Alert.self, from: Data(json.utf8)) == alert)
        // Letters of right-to-left scripts are text, not controls.
        #expect(Alert.escape("قال الوزير") == "قال الوزير")
    }

    /// Outlet names are keys: an invisible character would make a second outlet that looks like
    /// the first. They are taken out, and a name of nothing else is no name.
    @Test func outletNamesLoseTheirInvisibleCharacters() {
        let resolver = OutletResolver()
        #expect(resolver.resolve(metadata: "\u{202E}BBC\u{200B} News\u{2069}", html: nil, url: nil, subfolder: nil).name == "BBC News")
        let blank = resolver.resolve(metadata: "\u{200B}\u{FEFF}", html: nil, url: "https://www.reuters.com/x", subfolder: nil)
        #expect(blank.name == "reuters.com")
        #expect(blank.source == .urlHost)
    }
}
