import Testing
@testable import ClaimwatchCore

struct ClaimMatcherTests {
    let matcher = ClaimMatcher()

    func features(_ text: String) -> ClaimFeatures {
        let claims = ClaimExtractor().claims(in: Article(outlet: "X", outletSource: .metadata, body: text))
        return ClaimFeatures(claims.first ?? Claim(text: text))
    }

    @Test func sameQuoteFromAnotherOutletIsARepeat() throws {
        let decision = try #require(matcher.decide(
            new: features("“Even after years of war, when we thought the Russians could not get any more cynical, we see something even worse,” Zelensky stated on X."),
            existing: features("\"Even after years of war, when we thought the Russians could not get any more cynical, we see something even worse,\" Zelensky said in a post on X.")))
        #expect(decision.kind == .repeat)
        #expect(decision.score > 0.7)
        #expect(decision.reasons.contains { $0.contains("same speaker") })
    }

    @Test func differentNumberForTheSameThingIsAContradiction() throws {
        let decision = try #require(matcher.decide(
            new: features("Zelensky shared a 90-second video showing a group of people burning a corpse on a snow-covered slope."),
            existing: features("Zelensky shared a 31-second video showing a group of people burning a corpse on a snow-covered slope.")))
        #expect(decision.kind == .contradiction)
        #expect(decision.conflict == Conflict(field: "number of second", new: "90-second", existing: "31-second"))
    }

    @Test func negatedStatementIsAContradiction() throws {
        let decision = try #require(matcher.decide(
            new: features("The Pentagon said North Korean soldiers have not participated in combat operations in Kursk."),
            existing: features("The Pentagon said North Korean soldiers have participated in combat operations in Kursk.")))
        #expect(decision.kind == .contradiction)
        #expect(decision.conflict?.field == "polarity")
    }

    @Test func unrelatedClaimsDoNotMatch() {
        #expect(matcher.decide(
            new: features("Washington and Seoul have accused Pyongyang of sending over 10,000 troops to support Moscow."),
            existing: features("Vladimir Putin reportedly gathered 50,000 Russian and North Korean soldiers to launch a ground invasion.")) == nil)
    }
}

struct AlertRenderingTests {
    @Test func humanLineEscapesControlCharacters() {
        let alert = Alert(
            id: 7, time: "2026-11-24T08:00:00Z", kind: .repeat, outlet: "WION",
            article: .init(path: "WION/a.txt", title: nil, url: nil, published: nil),
            claim: .init(id: 3, text: "line one\nline two\u{1B}[31m", speaker: "Zelensky"),
            matched: .init(claimID: 1, outlet: "Kyiv Wire", text: "x", speaker: nil, articleURL: nil, firstSeen: "2026-11-24T07:00:00Z"),
            score: 0.9, reasons: ["r"], outletsCarrying: 2, conflict: nil)
        let line = alert.humanLine()
        #expect(!line.contains("\n"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
        #expect(line.contains(#"line one\nline two\u{1b}[31m"#))
        #expect(line.contains("#7 REPEAT  WION repeats Kyiv Wire (2 outlets now)"))
        #expect(!alert.jsonLine().contains("\n"))
    }
}
