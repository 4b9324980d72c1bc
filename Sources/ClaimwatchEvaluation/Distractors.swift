import ClaimwatchCore
import ClaimwatchStore
import Foundation

/// Distractor claims for timing the search on a large database: each is 8 to 20 words drawn from
/// the collection's running text, so that common words stay common and rare words rare. The same
/// on every run (a seeded generator).
struct Distractors {
    let words: [String]
    var generator = SplitMix64(seed: 2020)
    private(set) var made = 0

    init(wordsOf claims: [VerifiedClaim]) {
        words = claims.flatMap { $0.text.split(whereSeparator: \.isWhitespace).map(String.init) }
    }

    mutating func next() -> String {
        made += 1
        guard !words.isEmpty else { return "" }
        let length = 8 + Int(generator.next() % 13)
        return (0..<length).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
    }
}

extension RetrievalIndex {
    /// The daemon's candidate search for a text (`Ledger.candidates` on its search terms, the text
    /// normalised as `search` does), as collection ids, best first.
    public func candidates(_ text: String, limit: Int, plan: SearchPlan = .candidates) throws -> [String] {
        let terms = Words.searchTerms(QueryText.normalised(text))
        return try database.pool.read { db in
            try Ledger(db).candidates(for: terms, excludingOutlet: "", limit: limit, plan: plan).compactMap { collectionIDs[$0.id] }
        }
    }
}

/// A small seeded generator.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
