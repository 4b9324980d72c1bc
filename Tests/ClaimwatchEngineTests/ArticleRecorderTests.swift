import ClaimwatchCore
import ClaimwatchEngine
import Testing

/// The use case on its ports, in process: no database, no files.
struct ArticleRecorderTests {
    let recorder = ArticleRecorder(extractor: ClaimExtractor(), matcher: ClaimMatcher(), maxCandidates: 50)
    let ledger = InMemoryLedger()
    static let time = Timestamp.date("2026-12-03T09:00:00Z")!

    static let quote =
        "“Even after years of war, when we thought the Russians could not get any more cynical, we see something even worse,” Zelensky stated on X."
    static let quoteAgain =
        "\"Even after years of war, when we thought the Russians could not get any more cynical, we see something even worse,\" Zelensky said in a post on X."
    static let vague = "The man appeared to be dragging his feet and walking with visible difficulty down the hallway."
    static let longVideo = "Zelensky shared a 90-second video showing a group of people burning a corpse on a snow-covered slope."
    static let shortVideo = "Zelensky shared a 31-second video showing a group of people burning a corpse on a snow-covered slope."

    @discardableResult
    func record(_ outlet: String, _ body: String) throws -> ArticleRecorder.Recorded {
        let article = Article(outlet: outlet, outletSource: .metadata, language: "en", body: body)
        return try recorder.record(article, sha256: "\(outlet):\(body.hashValue)", path: "\(outlet).txt", at: Self.time, in: ledger)
    }

    @Test func aSecondOutletRepeatingAClaimRaisesOneRepeatAndJoinsItsCluster() throws {
        let first = try record("Kyiv Wire", Self.quote)
        #expect(first.claims == 1)
        #expect(first.alerts.isEmpty)
        let second = try record("WION", Self.quoteAgain)
        let alert = try #require(second.alerts.first)
        #expect(second.alerts.count == 1)
        #expect(alert.kind == .repeat)
        #expect(alert.outlet == "WION")
        #expect(alert.matched.outlet == "Kyiv Wire")
        #expect(alert.outletsCarrying == 2)
        #expect(alert.id == 1)
        let clusters = Set(ledger.state.claims.values.map(\.clusterID))
        #expect(clusters.count == 1, "the repeat joined the first claim's cluster")
    }

    /// A claim joins a cluster only through its first claim: a repeat of a member that says more
    /// than the first claim does not chain a second story into the cluster, and raises nothing.
    @Test func aRepeatOfAMemberThatTheFirstClaimDoesNotShareStaysOutOfTheCluster() throws {
        let first = "Zelensky said Russia was burning the faces of dead North Korean soldiers to hide their identities."
        let longer =
            "Zelensky said Russia was burning the faces of dead North Korean soldiers to hide their identities, and that Pyongyang had sent 12,000 troops to fight in the Kursk region."
        let other = "Pyongyang had sent 12,000 troops to fight in the Kursk region, Zelensky said."
        try record("Kyiv Wire", first)
        #expect(try record("WION", longer).alerts.map(\.kind) == [.repeat])
        let third = try record("BBC", other)
        #expect(third.alerts.isEmpty, "\(third.alerts.map(\.reasons))")
        let clusters = ledger.state.claims.values.sorted { $0.id < $1.id }.map(\.clusterID)
        #expect(clusters.count == 3)
        #expect(clusters[0] == clusters[1], "the longer claim repeats the first and joins it")
        #expect(clusters[2] != clusters[0], "the third repeats only the longer one: a cluster of its own")
        #expect(ledger.state.matches.contains { $0.claim == ledger.state.claims.values.map(\.id).max() }, "its match is still recorded")
    }

    @Test func aDifferentNumberIsAContradictionWithItsConflict() throws {
        try record("Kyiv Wire", Self.shortVideo)
        let alert = try #require(try record("WION", Self.longVideo).alerts.first)
        #expect(alert.kind == .contradiction)
        #expect(alert.conflict?.new == "90 seconds")
        #expect(alert.conflict?.existing == "31 seconds")
        #expect(ledger.state.matches.count == 1)
    }

    /// One alert per cluster and outlet: the same outlet repeating again, or the first outlet
    /// repeating itself, raises nothing.
    @Test func anOutletThatAlreadyCarriesTheClaimRaisesNothing() throws {
        try record("Kyiv Wire", Self.quote)
        #expect(try record("WION", Self.quoteAgain).alerts.count == 1)
        #expect(try record("WION", Self.quote).alerts.isEmpty)
        #expect(try record("Kyiv Wire", Self.quoteAgain).alerts.isEmpty)
        #expect(try record("BBC", Self.quote).alerts.map(\.outletsCarrying) == [3])
        #expect(ledger.state.alerts.map(\.id) == [1, 2])
    }

    /// A deadline passed part way: the owner rolls back, and the ledger holds nothing of the article.
    @Test func aPassedDeadlineLeavesNothingAfterTheRollback() throws {
        let article = Article(outlet: "Kyiv Wire", outletSource: .metadata, language: "en", body: Self.quote)
        let expired = Deadline(seconds: 1, end: .now - .seconds(1))
        #expect(throws: DeadlineExceeded.self) {
            try ledger.atomically { try recorder.record(article, sha256: "a", path: "a.txt", at: Self.time, in: ledger, deadline: expired) }
        }
        #expect(ledger.state.articles.isEmpty)
        #expect(ledger.state.claims.isEmpty)
    }

    /// `alerts.min_checkworthiness`: a repeat of a claim below the bar raises no alert, but both claims
    /// are stored, the match is recorded and the repeat joins the cluster; a claim above it alerts.
    @Test func aClaimBelowTheCheckworthinessBarIsStoredAndMatchedButRaisesNoAlert() throws {
        let strict = ArticleRecorder(extractor: ClaimExtractor(), matcher: ClaimMatcher(), maxCandidates: 50, minimumCheckworthiness: 0.4)
        func record(_ outlet: String, _ body: String) throws -> ArticleRecorder.Recorded {
            let article = Article(outlet: outlet, outletSource: .metadata, language: "en", body: body)
            return try strict.record(article, sha256: "\(outlet):\(body)", path: "\(outlet).txt", at: Self.time, in: ledger)
        }
        let vague = Self.vague
        let first = try record("Kyiv Wire", vague)
        #expect(first.claims == 1)
        let stored = try #require(ledger.state.claims.values.first)
        #expect(stored.claim.checkworthiness < 0.4, "a bare statement scores low: \(stored.claim.checkworthiness)")
        let second = try record("WION", vague)
        #expect(second.claims == 1)
        #expect(second.alerts.isEmpty, "below the bar: no alert")
        #expect(ledger.state.matches.count == 1, "but the repeat is matched")
        #expect(Set(ledger.state.claims.values.map(\.clusterID)).count == 1, "and joins the first claim's cluster")
        #expect(ledger.state.alerts.isEmpty)

        try record("Kyiv Wire", Self.longVideo)
        let video = try record("WION", Self.longVideo)
        #expect(video.alerts.map(\.kind) == [.repeat], "a claim with a number and a name clears the bar")
        #expect(try #require(ledger.state.claims[video.alerts[0].claim.id]).claim.checkworthiness >= 0.4)
    }

    /// With no bar (the recorder's default, 0) the same repeat alerts.
    @Test func withoutABarTheSameRepeatAlerts() throws {
        try record("Kyiv Wire", Self.vague)
        #expect(try record("WION", Self.vague).alerts.map(\.kind) == [.repeat])
    }

    @Test func anArticleInAnotherLanguageIsStoredWithoutClaims() throws {
        let article = Article(
            outlet: "Spiegel", outletSource: .metadata, language: "de", body: "Der Minister sagte, 42 Drohnen seien abgeschossen worden.")
        let recorded = try recorder.record(article, sha256: "de", path: "de.txt", at: Self.time, in: ledger)
        #expect(recorded.claims == 0)
        #expect(ledger.state.articles[recorded.articleID]?.note?.contains("language 'de'") == true)
    }
}
