import ClaimwatchCore
import ClaimwatchEngine
import Testing

/// Lines an outlet prints on many pages are learnt as its furniture, in process on the ports.
struct OutletFurnitureTests {
    let ledger = InMemoryLedger()
    static let time = Timestamp.date("2026-12-03T09:00:00Z")!
    static let promo = "Follow News18.com on Twitter, Instagram, Facebook and Telegram for the latest updates."
    static let stories = [
        "The council said the Ring Road bridge would reopen in May after repairs costing 4 million rupees.",
        "Police said 12 people were arrested after clashes near the Old Market on Sunday night.",
        "The state government said it had approved 300 new teaching posts for rural schools this year.",
        "The airport authority said 40 flights would resume on Friday after the runway repairs were finished.",
    ]

    func record(
        _ recorder: ArticleRecorder, _ story: String, outlet: String = "News18", source: OutletSource = .metadata
    ) throws
        -> ArticleRecorder.Recorded
    {
        let article = Article(outlet: outlet, outletSource: source, language: "en", body: "\(story)\n\n\(Self.promo)\n")
        return try recorder.record(article, sha256: story + outlet, path: "\(outlet).txt", at: Self.time, in: ledger)
    }

    static var recorder: ArticleRecorder {
        ArticleRecorder(extractor: ClaimExtractor(), matcher: ClaimMatcher(), maxCandidates: 50)
    }

    @Test func aLineThreeEarlierArticlesOfTheOutletCarriedIsTakenOutOfTheNext() throws {
        for story in Self.stories { try record(Self.recorder, story) }
        let removed = ledger.state.articles.values.flatMap(\.article.removed).filter { $0.text == Self.promo }
        #expect(removed.count == 1, "only the fourth article loses the line: \(removed)")
        #expect(removed.first?.reason == "recurs in 3 earlier articles of News18")
        #expect(ledger.state.articles.values.contains { !$0.article.body.contains("Follow News18") && $0.article.body.contains("airport") })
        #expect(ledger.state.claims.values.filter { $0.claim.text.contains("airport") }.count == 1, "the story's own claim stays")
    }

    @Test func anotherOutletAndUnknownOutletsLearnNothingFromIt() throws {
        for story in Self.stories.prefix(3) { try record(Self.recorder, story) }
        try record(Self.recorder, Self.stories[3], outlet: "Other Daily")
        for story in Self.stories { try record(Self.recorder, story + " ", outlet: "unknown", source: .unknown) }
        #expect(ledger.state.articles.values.allSatisfy { $0.article.removed.isEmpty })
    }

    @Test func zeroTurnsTheLearningOff() throws {
        var recorder = Self.recorder
        recorder.outletFurnitureArticles = 0
        for story in Self.stories + Self.stories.map({ $0 + " Officials confirmed it." }) { try record(recorder, story) }
        #expect(ledger.state.articles.values.allSatisfy { $0.article.removed.isEmpty })
        #expect(ledger.state.outletLines.isEmpty)
    }

    @Test func keysIgnoreCasePunctuationAndSpacingButNotWords() {
        #expect(OutletFurniture.key(of: "Follow us on Twitter!") == OutletFurniture.key(of: "follow   US on twitter"))
        #expect(OutletFurniture.key(of: "Follow us on Twitter") != OutletFurniture.key(of: "Follow us on Facebook"))
        #expect(OutletFurniture.key(of: "Share this story") == nil, "fewer than 4 words")
        #expect(OutletFurniture.keys(of: "One two three four\nONE two three four.\n\nfive six seven eight").count == 2)
    }
}
