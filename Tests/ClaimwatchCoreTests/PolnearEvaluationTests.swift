import ClaimwatchCore
import ClaimwatchEvaluation
import Foundation
import Testing

/// The polnear-train held-out split (issue 15) and the rules of `claimwatch-eval-speakers`; the
/// corpus itself is scored by `make eval-speakers`.
struct PolnearEvaluationTests {
    static let testFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// `shared` is beside the repository, three levels up from this file.
    static let polnear = testFolder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/eval-data/polnear-train")

    // MARK: - The split

    @Test func theCommittedSplitIsExactlyWhatTheHashRuleGives() throws {
        let metadata = try #require(
            FileManager.default.contents(atPath: Self.polnear.appendingPathComponent("metadata.tsv").path),
            "polnear-train's metadata.tsv is not at \(Self.polnear.path)")
        let articles = try PolnearSplit.metadata([UInt8](metadata))
        #expect(articles.count == 840)
        #expect(Set(articles.map(\.publisher)).count == 7)

        let listed = try String(contentsOf: Self.testFolder.appendingPathComponent("Fixtures/polnear/heldout.txt"), encoding: .utf8)
        let list = PolnearSplit.parseList(listed)
        #expect(list.count == 168)
        let rule = PolnearSplit.heldOut(articles)
        // Listed but not chosen by the rule, or chosen but not listed (compact when it fails).
        #expect(Set(list).symmetricDifference(rule).sorted() == [])
        #expect(list.count == rule.count && list == rule)
        let publisherOf = Dictionary(uniqueKeysWithValues: articles.map { ($0.name, $0.publisher) })
        let perPublisher = Dictionary(grouping: list) { publisherOf[$0] ?? "?" }.mapValues(\.count)
        #expect(perPublisher.count == 7)
        #expect(perPublisher.values.allSatisfy { $0 == 24 })
    }

    @Test func theHashRuleTakesTheSmallestDigestsPerPublisher() {
        // printf %s a | sha256sum → ca978112…; b → 3e23e816…; c → 2e7d2c03…; d → 18ac3e73…
        #expect(PolnearSplit.digest("a") == "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb")
        let articles =
            ["a", "b", "c", "d"].map { PolnearArticleInfo(name: $0, publisher: "p") }
            + [PolnearArticleInfo(name: "e", publisher: "q")]
        #expect(PolnearSplit.heldOut(articles, perPublisher: 2) == ["c", "d", "e"])
        #expect(PolnearSplit.parseList("# header\n\nx\n  y \n#z\n") == ["x", "y"])
    }

    // MARK: - The annotation

    @Test func readsAnnotationsByOffsetsAndTellsDirectFromReported() throws {
        let text = "Title.\n\n“It is harmful,” said Peter Orszag. He said taxes would rise sharply next year.\n"
        /// The code-point offsets of the last occurrence of `piece`.
        func offset(_ piece: String) -> (Int, Int) {
            let range = text.range(of: piece, options: .backwards)!
            return (text.unicodeScalars[..<range.lowerBound].count, text.unicodeScalars[..<range.upperBound].count)
        }
        let (qs, qe) = offset("“It is harmful,”"), (ss, se) = offset("Peter Orszag")
        let (cs, ce) = (qe + 1, qe + 5)  // the first "said"
        let (rs, re) = offset("taxes would rise sharply next year"), (hs, he) = offset("He"), (c2s, c2e) = offset("said")
        let ann = """
            T1\tContent \(qs) \(qe)\t“It is harmful,”
            T2\tCue \(cs) \(ce)\tsaid
            T3\tSource \(ss) \(se)\tPeter Orszag
            T4\tAttribution \(cs) \(ce)\tsaid
            E1\tAttribution:T4 Source:T3 Cue:T2 Content:T1
            T5\tSource \(hs) \(he)\tHe
            T6\tCue \(c2s) \(c2e)\tsaid
            T7\tContent \(rs) \(re)\ttaxes would rise sharply next year
            E2\tContent:T7 Cue:T6 Source:T5 Attribution:T6
            """
        let attributions = try PolnearAnnotationReader.attributions(ann: ann, text: text)
        try #require(attributions.count == 2)
        #expect(attributions[0].content == "“It is harmful,”" && attributions[0].kind == .direct)
        #expect(attributions[0].source == "Peter Orszag" && attributions[0].cue == "said" && attributions[0].hasNamedSource)
        #expect(attributions[1].kind == .indirect && attributions[1].source == "He" && !attributions[1].hasNamedSource)
        #expect(PolnearAttribution(source: nil, cue: nil, content: "''We finally may be seeing it,''").kind == .direct)
    }

    // MARK: - Found and right

    static let article = "“The deal is dead and we will not revive it,” Senator Elizabeth Warren told reporters."
    static func claim(quote: String?, content: String? = nil, speaker: String, cue: String = "said") -> Claim {
        Claim(text: article, quote: quote, content: content ?? quote, speaker: speaker, cue: .init(stringLiteral: cue))
    }

    @Test func foundWhenOneClaimQuotesHalfTheContentsWords() {
        let gold = PolnearAttribution(source: "Senator Elizabeth Warren", cue: "told", content: "“The deal is dead and we will not revive it,”")
        // 10 words; a quote of 5 of them is found, of 4 is not.
        let half = PolnearScorer.score(
            claims: [Self.claim(quote: "The deal is dead and", speaker: "Elizabeth Warren", cue: "told")],
            attributions: [gold], outlet: "Outlet")
        #expect(half.count == 1 && half[0].found && half[0].right && half[0].cueRight)
        #expect(half[0].coverage == 0.5)
        let less = PolnearScorer.score(
            claims: [Self.claim(quote: "The deal is dead", speaker: "Elizabeth Warren")], attributions: [gold], outlet: "Outlet")
        #expect(!less[0].found && !less[0].right)
        // A direct quote is covered by the claim's quote, not by its sentence.
        let noQuote = PolnearScorer.score(
            claims: [Self.claim(quote: nil, content: Self.article, speaker: "Elizabeth Warren")], attributions: [gold], outlet: "Outlet")
        #expect(!noQuote[0].found)
        // Curly against straight apostrophes and NYT's '' marks do not split words.
        #expect(ScoringWords.words("''We’ll see,'' she said") == ["we'll", "see", "she", "said"])
    }

    @Test func theOutletAsSpeakerIsWrongAndCounted() {
        let gold = PolnearAttribution(source: "Warren", cue: "said", content: "that the deal was dead and would stay dead")
        let results = PolnearScorer.score(
            claims: [Self.claim(quote: nil, content: "the deal was dead and would stay dead", speaker: "The Daily Planet")],
            attributions: [gold], outlet: "The Daily Planet")
        #expect(results[0].kind == .indirect && results[0].found && !results[0].right && results[0].outletSpeaker)
        #expect(results[0].cueRight)
    }

    @Test func aNamedGroupIsNamedWithoutItsQuantifier() {
        let names = SpeakerNameMatch(articleSources: ["Bernie Sanders", "Symone Sanders"])
        #expect(names.matches(speaker: "Democrats", source: "Some Democrats"))
        #expect(names.matches(speaker: "Democrats", source: "36 percent of Democrats"))
        #expect(names.matches(speaker: "Republicans", source: "Republicans"))
        #expect(names.matches(speaker: "GOP candidates", source: "All of the GOP candidates"))
        #expect(
            names.matches(
                speaker: "four in 10 South Carolina Republican primary voters", source: "About four in 10 South Carolina Republican primary voters"))
        // Another group, a fragment, or a surname alone is not a group.
        #expect(!names.matches(speaker: "Republicans", source: "Senate Republicans"))
        #expect(!names.matches(speaker: "Democratic", source: "Democratic voters"))
        #expect(!names.matches(speaker: "Sanders", source: "Sanders"))
        #expect(!names.matches(speaker: "Republicans", source: "Republicans'"))
    }

    @Test func rightByFullNameOrUnambiguousSurname() {
        let names = SpeakerNameMatch(articleSources: ["Hillary Clinton", "Bill Clinton", "Mr. Trump", "Peter Orszag, Obama’s budget director"])
        // Full name inside a longer Source; a possessive or a modifying noun names someone else.
        #expect(names.matches(speaker: "Peter Orszag", source: "Peter Orszag, Obama’s Office of Management and Budget director"))
        #expect(!names.matches(speaker: "Barack Obama", source: "Peter Orszag, Obama’s Office of Management and Budget director"))
        #expect(!names.matches(speaker: "Donald Trump", source: "Donald Trump's campaign manager Corey Lewandowski"))
        #expect(names.matches(speaker: "Corey Lewandowski", source: "Donald Trump's campaign manager Corey Lewandowski"))
        #expect(!names.matches(speaker: "Donald Trump", source: "the Trump campaign"))
        #expect(names.matches(speaker: "Gallup", source: "a new Gallup poll"))
        // An unambiguous surname, with a title; given names must not contradict.
        #expect(names.matches(speaker: "Donald Trump", source: "Mr. Trump"))
        #expect(names.matches(speaker: "Donald Trump", source: "Donald J. Trump"))
        #expect(!names.matches(speaker: "Ivanka Trump", source: "Donald J. Trump"))
        // "Clinton" is ambiguous in this article: Hillary and Bill are both sources.
        #expect(!names.matches(speaker: "Hillary Clinton", source: "Mrs. Clinton"))
        #expect(names.matches(speaker: "Hillary Clinton", source: "Hillary Rodham Clinton"))
        #expect(!names.matches(speaker: "Hillary Clinton", source: "Bill Clinton"))
        #expect(SpeakerNameMatch(articleSources: ["Hillary Clinton"]).matches(speaker: "Hillary Clinton", source: "Mrs. Clinton"))
        #expect(!names.matches(speaker: "The Daily Planet", source: "Warren"))
        // Only the Source's own names: not a place or a person in its appositive or a phrase of its own.
        #expect(names.matches(speaker: "Morton Blackwell", source: "Morton Blackwell, the Republican National Committeeman from Virginia"))
        #expect(!names.matches(speaker: "Virginia", source: "Morton Blackwell, the Republican National Committeeman from Virginia"))
        #expect(!names.matches(speaker: "Donald Trump", source: "Senator Jeff Sessions, a close advisor to Trump,"))
        #expect(names.matches(speaker: "Robby Mook", source: "Her campaign manager, Robby Mook,"))
        #expect(names.matches(speaker: "Bill de Blasio", source: "Mayor Bill de Blasio"))
        #expect(!names.matches(speaker: "Donald Trump", source: "Donald Trump Jr."))
        #expect(names.matches(speaker: "Department of Defense", source: "the Department of Defense"))
        // "of" after a person's name starts a place, not an organisation's name.
        #expect(names.matches(speaker: "Peter T King", source: "Representative Peter T. King of New York, who endorsed Mr. Rubio"))
        #expect(!names.matches(speaker: "New York", source: "Representative Peter T. King of New York, who endorsed Mr. Rubio"))
        #expect(!names.matches(speaker: "Bank", source: "the Bank of America"))
        #expect(!names.matches(speaker: "Commerce", source: "The Hollywood Chamber of Commerce"))
        #expect(!names.matches(speaker: "VP", source: "Trump’s potential VP"))
    }

    @Test func cueMatchesTheSameWordsOrWordsInsideTheOther() {
        #expect(PolnearScorer.cueMatches("said", "said"))
        #expect(PolnearScorer.cueMatches("said", "has said"))
        #expect(PolnearScorer.cueMatches("told", "told reporters"))
        #expect(PolnearScorer.cueMatches("according to", "According to"))
        #expect(!PolnearScorer.cueMatches("said", "says"))
        #expect(!PolnearScorer.cueMatches(nil, "said"))
    }
}
