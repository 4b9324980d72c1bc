public import ClaimwatchCore
import Foundation

/// BM25 over distinct terms: a claim's score is the sum, over the search terms it holds, of the
/// term's weight (its rarity, a little more for names and numbers) damped for long claims.
///
/// A claim is one sentence, so a term's frequency in it is taken as 1: what counts is which terms
/// it shares with the search, how rare they are, and how many other terms it has.
public struct TermWeighting: Sendable, Equatable {
    /// How fast the gain of a shared term saturates for long claims (BM25 k1).
    public var k1: Double
    /// How much a claim's length counts against it, 0 to 1 (BM25 b).
    public var b: Double
    /// Extra weight for a name, as a share of its rarity weight.
    public var nameBoost: Double
    /// Extra weight for a number, as a share of its rarity weight.
    public var numberBoost: Double

    public init(k1: Double, b: Double, nameBoost: Double, numberBoost: Double) {
        self.k1 = k1
        self.b = b
        self.nameBoost = nameBoost
        self.numberBoost = numberBoost
    }

    /// Tuned on the CLEF 2020 CheckThat! task 2 training tweets (`make eval-retrieval`).
    public static let standard = TermWeighting(k1: 0.9, b: 0.5, nameBoost: 0.1, numberBoost: 0.2)

    /// How much sharing a term held by `claimsWithTerm` of `claims` claims says (BM25's IDF, never negative).
    public func rarity(claimsWithTerm: Int, claims: Int) -> Double {
        let held = Double(claimsWithTerm), all = Double(max(claims, claimsWithTerm))
        return log(1 + (all - held + 0.5) / (held + 0.5))
    }

    /// A search term's weight.
    public func weight(of kind: SearchTerm.Kind, claimsWithTerm: Int, claims: Int) -> Double {
        let boost: Double =
            switch kind {
            case .word: 0
            case .name: nameBoost
            case .number: numberBoost
            }
        return rarity(claimsWithTerm: claimsWithTerm, claims: claims) * (1 + boost)
    }

    /// What one shared term is worth in a claim of `stems` distinct content terms, for a weight of 1.
    public func lengthFactor(stems: Int, averageStems: Double) -> Double {
        (k1 + 1) / (1 + k1 * (1 - b + b * Double(stems) / max(averageStems, 1)))
    }
}
