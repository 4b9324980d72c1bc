import ClaimwatchCore
import ClaimwatchStore
import Foundation

/// Distractor claims for timing the search on a large database: each is 8 to 20 words drawn from
/// the collection's running text, so that common words stay common and rare words rare. The same
/// on every run (a seeded generator).
struct Distractors {
    let words: [String]
    var generator = SeededGenerator(seed: 2020)
    private(set) var made = 0

    init(wordsOf claims: [VerifiedClaim]) {
        words = claims.flatMap { $0.text.split(whereSeparator: \.isWhitespace).map(String.init) }
    }

    mutating func next() -> String {
        made += 1
        guard !words.isEmpty else { return "" }
        let length = 8 + generator.below(13)
        return (0..<length).map { _ in words[generator.below(words.count)] }.joined(separator: " ")
    }
}

extension RetrievalIndex {
    /// The daemon's candidate search for a text (`ClaimDatabase.candidates` on its search terms, the
    /// text normalised as `search` does), as collection ids, best first.
    public func candidates(_ text: String, limit: Int, plan: SearchPlan = .candidates) throws -> [String] {
        let terms = Words.searchTerms(QueryText.normalised(text))
        return try database.candidates(for: terms, excludingOutlet: "", limit: limit, plan: plan).compactMap { collectionIDs[$0.id] }
    }
}
