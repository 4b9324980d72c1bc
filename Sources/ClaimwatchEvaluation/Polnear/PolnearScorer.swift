import ClaimwatchCore
import Foundation

/// How one annotated attribution fared.
public struct PolnearItemResult: Sendable {
    public var attribution: PolnearAttribution
    public var kind: PolnearAttribution.Kind
    /// The best coverage of the Content's words by one claim (its quote for a direct quote, its
    /// content for a reported statement), 0...1.
    public var coverage: Double
    /// The claim that covers it best, when one covers any of it.
    public var claim: Claim?
    public var found: Bool
    /// Found, and the claim's speaker names the Source (`SpeakerNameMatch`).
    public var right: Bool
    /// Found, and the claim's cue matches the annotated Cue (`PolnearScorer.cueMatches`).
    public var cueRight: Bool
    /// Found with a wrong speaker that is the article's outlet.
    public var outletSpeaker: Bool
}

/// The counts of one kind of attribution (direct quotes or reported statements with a named source).
public struct PolnearKindScore: Sendable, Equatable {
    /// Annotated attributions scored.
    public var items = 0
    /// Covered at least half by one claim.
    public var found = 0
    /// Found with the right speaker.
    public var right = 0
    /// Found with a cue that matches the annotated Cue.
    public var cueRight = 0
    /// Found with a wrong speaker that is the outlet.
    public var outletSpeakers = 0

    public init() {}

    public var foundRate: Double? { items == 0 ? nil : Double(found) / Double(items) }
    /// Speaker accuracy: right / found.
    public var speakerAccuracy: Double? { found == 0 ? nil : Double(right) / Double(found) }
    /// Right / items: found and right, end to end.
    public var rightOfAll: Double? { items == 0 ? nil : Double(right) / Double(items) }
    public var cueAccuracy: Double? { found == 0 ? nil : Double(cueRight) / Double(found) }

    public mutating func count(_ result: PolnearItemResult) {
        items += 1
        if result.found { found += 1 }
        if result.right { right += 1 }
        if result.cueRight { cueRight += 1 }
        if result.outletSpeaker { outletSpeakers += 1 }
    }

    public mutating func add(_ other: PolnearKindScore) {
        items += other.items
        found += other.found
        right += other.right
        cueRight += other.cueRight
        outletSpeakers += other.outletSpeakers
    }
}

/// Scores an article's claims against its polnear annotation.
///
/// Scored: attributions with a named source (`PolnearAttribution.hasNamedSource`) whose Content
/// has at least 4 distinct words and does not lie in the headline. A direct quote is **found**
/// when one claim's `quote` holds at least half of the Content's words (`ScoringWords.coverage`);
/// a reported statement when one claim's `content` does. The claim that covers it best (the first
/// of equals) is judged: **right** when its speaker names the Source (`SpeakerNameMatch`), **cue
/// right** when its cue matches the Cue, and an **outlet speaker** when it is wrong and its speaker
/// is the article's outlet.
public enum PolnearScorer {
    public static let foundCoverage = 0.5
    public static let minimumDistinctWords = 4

    /// The attributions that are scored: named source, at least 4 distinct words, Content after
    /// `headlineEnd` (the code point where the body starts).
    public static func scored(_ attributions: [PolnearAttribution], headlineEnd: Int = 0) -> [PolnearAttribution] {
        attributions.filter { $0.hasNamedSource && $0.distinctContentWords >= minimumDistinctWords && $0.contentStart >= headlineEnd }
    }

    public static func score(claims: [Claim], attributions: [PolnearAttribution], outlet: String, headlineEnd: Int = 0) -> [PolnearItemResult] {
        let names = SpeakerNameMatch(articleSources: attributions.compactMap(\.source))
        let quoteWords = claims.map { ScoringWords.words($0.quote ?? "") }
        let contentWords = claims.map { ScoringWords.words($0.content) }
        return scored(attributions, headlineEnd: headlineEnd).map { attribution in
            let kind = attribution.kind
            let gold = ScoringWords.words(attribution.content)
            var best: (coverage: Double, index: Int?) = (0, nil)
            for index in claims.indices {
                let coverage = ScoringWords.coverage(of: gold, by: kind == .direct ? quoteWords[index] : contentWords[index])
                if coverage > best.coverage { best = (coverage, index) }
            }
            let claim = best.index.map { claims[$0] }
            let found = best.coverage >= foundCoverage
            let speaker = claim?.speaker
            let right = found && speaker.map { names.matches(speaker: $0, source: attribution.source ?? "") } == true
            return PolnearItemResult(
                attribution: attribution, kind: kind, coverage: best.coverage, claim: claim, found: found, right: right,
                cueRight: found && cueMatches(claim?.cue.map { "\($0)" }, attribution.cue),
                outletSpeaker: found && !right && speaker == outlet)
        }
    }

    /// A claim's cue matches the annotated Cue when their words (`ScoringWords`) are the same, or
    /// the words of one occur in a row inside the other's ("said" and "has said"; "told" and
    /// "told reporters"). No cue on either side is no match.
    public static func cueMatches(_ predicted: String?, _ gold: String?) -> Bool {
        let p = ScoringWords.words(predicted ?? ""), g = ScoringWords.words(gold ?? "")
        guard !p.isEmpty, !g.isEmpty else { return false }
        let (short, long) = p.count <= g.count ? (p, g) : (g, p)
        return (0...(long.count - short.count)).contains { Array(long[$0..<($0 + short.count)]) == short }
    }
}
