public import ClaimwatchCore
public import Foundation
import GRDB

extension ClaimDatabase {
    /// The stored claims closest to a text, best first: "has anyone said this already?"
    ///
    /// The text is normalised as a query (`QueryText`: links, hashtags, handles, a tweet's
    /// signature), and every content word, name and number of it is searched for
    /// (`SearchPlan.recall`), each weighted by its rarity (`TermWeighting`).
    /// - Parameters:
    ///   - since: only claims first seen at or after this ISO 8601 time.
    ///   - plan: how much work the search may do.
    public func search(
        _ text: String, limit: Int, since: Date? = nil, plan: SearchPlan = .recall, weighting: TermWeighting = .standard
    ) throws -> [ScoredClaim] {
        let terms = Words.searchTerms(QueryText.normalised(text))
        return try pool.read { db in
            try WeightedSearch(db: db, plan: plan, weighting: weighting).run(
                terms, excludingOutlet: nil, since: since.map(Timestamp.format), limit: limit)
        }
    }

    /// The daemon's candidate search (`Ledger.candidates`, `SearchPlan.candidates` by default) over
    /// every stored claim, with no window, on a read connection outside any write transaction:
    /// claims of other outlets than `outlet` sharing weighted terms with `terms`, best first.
    public func candidates(
        for terms: [SearchTerm], excludingOutlet outlet: String, limit: Int, plan: SearchPlan = .candidates
    ) throws -> [StoredClaim] {
        try pool.read { db in
            try Ledger(db).candidates(for: terms, excludingOutlet: outlet, limit: limit, plan: plan)
        }
    }

    /// Stored claims by id, on a read connection; ids of no claim are left out.
    public func storedClaims(_ ids: [Int64]) throws -> [Int64: StoredClaim] {
        try pool.read { db in try Ledger(db).storedClaims(ids) }
    }
}
