import ClaimwatchCore
import ClaimwatchEvaluation

/// Claim pairs for the matcher, from the news generator: the same kinds of pair `make eval-match`
/// scores (repeats in other words, changed numbers and days, denials, look-alikes).
enum MatchPairs {
    /// Both sides' features, made as `claimwatch compare` makes them.
    static func features(count: Int, seed: UInt64 = 2024) -> [(new: ClaimFeatures, existing: ClaimFeatures)] {
        let comparer = ClaimComparer()
        func features(_ side: PairSide) -> ClaimFeatures {
            ClaimFeatures(comparer.claim(.init(text: side.text, outlet: side.outlet, published: side.published)), outlet: side.outlet)
        }
        return NewsGenerator.pairs(seed: seed, count: count).map { (features($0.new), features($0.existing)) }
    }
}
