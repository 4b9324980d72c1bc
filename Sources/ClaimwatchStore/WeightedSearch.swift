public import ClaimwatchCore
import Foundation
import GRDB

/// A stored claim with its search score (higher is closer).
public struct ScoredClaim: Sendable, Equatable {
    public var stored: StoredClaim
    public var score: Double
}

/// Finds stored claims sharing weighted terms with a search, in three bounded steps:
///
/// 1. The rarest terms are looked up in the full-text index, each for its most recent hits (in
///    rowid order, which FTS5 can stop early, unlike its bm25 ranking), and every claim found adds
///    up the weights of the terms it was found by.
/// 2. The best of those (`SearchPlan.shortlist`) are read and scored on all the search's terms,
///    from their stored stems and numbers, damped for length (`TermWeighting`). Claims of the
///    excluded outlet or from before the window are left out here.
/// 3. Only the best `limit` are read whole.
///
/// Equal scores go to the claim first seen.
struct WeightedSearch {
    var db: Database
    var plan: SearchPlan
    var weighting: TermWeighting
    /// Where step 2 reads the shortlisted claims, when the caller keeps them between searches.
    var cache: ShortlistCache? = nil

    /// A search term, how many claims hold it and its weight.
    struct WeighedTerm {
        var term: SearchTerm
        var held: Int
        var weight: Double
    }

    /// The best `limit` claims, best first, optionally from other outlets than `excludedOutlet`
    /// and first seen at or after `since` (an ISO 8601 time as stored).
    func run(_ terms: [SearchTerm], excludingOutlet excludedOutlet: String?, since: String?, limit: Int) throws -> [ScoredClaim] {
        let best = try rank(terms, excludingOutlet: excludedOutlet, since: since, limit: limit)
        let byID = try Self.load(best.map(\.id), in: db)
        return best.compactMap { entry in byID[entry.id].map { ScoredClaim(stored: $0, score: entry.score) } }
    }

    /// Steps 1 and 2: the ids of the best `limit` claims with their scores, best first.
    func rank(_ terms: [SearchTerm], excludingOutlet excludedOutlet: String?, since: String?, limit: Int) throws -> [(id: Int64, score: Double)] {
        guard limit > 0, !terms.isEmpty else { return [] }
        let collection = try TermStatistics.collection(in: db)
        guard collection.claims > 0 else { return [] }
        let weighed = try weigh(terms, claims: collection.claims)
        let found = try lookUp(weighed, claims: collection.claims)
        guard !found.isEmpty else { return [] }

        // Best first by the weights found; equal ones to the claim first seen. (A short list is
        // scored whole: its order does not matter.)
        // Only the first few shortlists can be scored: those are selected, then sorted.
        let ranked =
            found.count <= plan.shortlist
            ? Array(found.keys)
            : Self.best(found, count: 4 * plan.shortlist)
        let scorer = ShortlistScorer(terms: weighed, weighting: weighting, averageStems: collection.averageStems)
        var scored: [(id: Int64, score: Double)] = []
        // Claims left out by outlet or window make room for the next ones, a shortlist at a time.
        var next = 0
        for _ in 0..<4 where next < ranked.count && scored.count < plan.shortlist {
            let batch = ranked[next..<min(next + plan.shortlist, ranked.count)]
            scored +=
                try cache.map { try scorer.score(batch, in: db, cache: $0, excludingOutlet: excludedOutlet, since: since) }
                ?? scorer.score(batch, in: db, excludingOutlet: excludedOutlet, since: since)
            next += batch.count
        }
        return Array(scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }.prefix(limit))
    }

    /// The keys of the `count` entries with the highest values, highest first, equal values in key
    /// order: the start of the full sort, by a selection (quickselect) and a sort of what it keeps.
    static func best(_ found: [Int64: Double], count: Int) -> [Int64] {
        var entries = found.map { (key: $0.key, value: $0.value) }
        @inline(__always) func before(_ a: (key: Int64, value: Double), _ b: (key: Int64, value: Double)) -> Bool {
            a.value != b.value ? a.value > b.value : a.key < b.key
        }
        if entries.count > count {
            // Hoare-style selection: afterwards entries[..<count] are the best `count`, in some order.
            var low = 0, high = entries.count - 1
            while low < high {
                let pivot = entries[low + (high - low) / 2]
                var i = low, j = high
                while i <= j {
                    while before(entries[i], pivot) { i += 1 }
                    while before(pivot, entries[j]) { j -= 1 }
                    if i <= j { entries.swapAt(i, j); i += 1; j -= 1 }
                }
                if count - 1 <= j { high = j } else if count - 1 >= i { low = i } else { break }
            }
            entries.removeSubrange(count...)
        }
        entries.sort(by: before)
        return entries.map(\.key)
    }

    /// Step 3: the claims `ids` read whole, by id.
    static func load(_ ids: [Int64], in db: Database) throws -> [Int64: StoredClaim] {
        guard !ids.isEmpty else { return [:] }
        let claims = try Row.fetchAll(
            db.cachedStatement(
                sql: StoredClaim.selection + """
                     WHERE claims.id IN (SELECT value FROM json_each(?))
                    """), arguments: [jsonArray(ids)])
        return Dictionary(uniqueKeysWithValues: claims.map { StoredClaim(row: $0) }.map { ($0.id, $0) })
    }

    /// The distinct terms some claim holds, with their weights, rarest first.
    func weigh(_ terms: [SearchTerm], claims: Int) throws -> [WeighedTerm] {
        var distinct: [String: SearchTerm] = [:]
        for term in terms where distinct[term.key] == nil { distinct[term.key] = term }
        let counts = try TermStatistics.documentCounts(Array(distinct.keys), in: db)
        return distinct.values.compactMap { term in
            counts[term.key].map { WeighedTerm(term: term, held: $0, weight: weighting.weight(of: term.kind, claimsWithTerm: $0, claims: claims)) }
        }
        .sorted { $0.held != $1.held ? $0.held < $1.held : $0.term.key < $1.term.key }
    }

    /// Step 1: the claims holding the rarest terms, each with the summed weights of those it holds.
    func lookUp(_ weighed: [WeighedTerm], claims: Int) throws -> [Int64: Double] {
        let commonAbove = plan.commonShare.map { max(SearchPlan.minimumCommonCount, Int(Double(claims) * $0)) } ?? .max
        let lookedUp = weighed.enumerated().filter { $0.offset < 2 || $0.element.held <= commonAbove }.prefix(plan.maximumTerms)
        var found: [Int64: Double] = [:]
        // Room for every hit up front: growing by doubling rehashes the claims already found.
        found.reserveCapacity(lookedUp.reduce(0) { $0 + min($1.element.held, $1.element.held > commonAbove ? plan.shortlist : plan.hitsPerTerm) })
        let hits = try db.cachedStatement(sql: "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid DESC LIMIT ?")
        for (_, entry) in lookedUp {
            // A common term kept because it is among the rarest of the search cannot tell claims
            // apart: its most recent hits are enough.
            let depth = entry.held > commonAbove ? plan.shortlist : plan.hitsPerTerm
            let ids = try Int64.fetchCursor(hits, arguments: [CandidateQuery.quoted(entry.term.word), depth])
            while let id = try ids.next() { found[id, default: 0] += entry.weight }
        }
        return found
    }

    /// Ids as a JSON array, for `json_each`.
    static func jsonArray(_ ids: some Collection<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
