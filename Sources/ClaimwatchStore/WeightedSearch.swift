import ClaimwatchCore
import Foundation
import GRDB

/// A stored claim with its search score (higher is closer).
public struct ScoredClaim: Sendable, Equatable {
    public var stored: StoredClaim
    public var score: Double
}

/// How much full-text work one search may do. The work is bounded whatever the size of the
/// database: at most `maximumTerms × hitsPerTerm` index entries are read.
public struct SearchPlan: Sendable, Equatable {
    /// At most this many terms, the rarest, are looked up in the full-text index; the others only
    /// add their weight to the claims found.
    public var maximumTerms: Int
    /// At most this many claims holding a term, the most recent, are read for each term looked up.
    public var hitsPerTerm: Int
    /// When set, terms held by more than this share of the claims are not looked up, except the two
    /// rarest (so that a text made only of common words still finds something).
    public var commonShare: Double?

    public init(maximumTerms: Int, hitsPerTerm: Int, commonShare: Double?) {
        self.maximumTerms = maximumTerms
        self.hitsPerTerm = hitsPerTerm
        self.commonShare = commonShare
    }

    /// The daemon's candidates for a new claim: names, numbers and rare words tie two claims
    /// together; a term in more than 2% of all claims says little and costs a long posting list.
    public static let candidates = SearchPlan(maximumTerms: 8, hitsPerTerm: 200, commonShare: 0.02)
    /// `claimwatch search`: every content word of the text is looked up.
    public static let recall = SearchPlan(maximumTerms: 32, hitsPerTerm: 300, commonShare: nil)

    /// Below this many claims no term counts as common.
    static let minimumCommonCount = 100
}

/// Finds stored claims sharing weighted terms with a search: the full-text index finds the claims
/// holding the rarest terms (in rowid order, which FTS5 can stop early, unlike its bm25 ranking),
/// then each is scored on all the search's terms (`TermWeighting`) from its stored stems, and
/// only the best are read whole. Equal scores go to the claim first seen.
struct WeightedSearch {
    var db: Database
    var plan: SearchPlan
    var weighting: TermWeighting

    /// The best `limit` claims, best first, optionally from other outlets than `excludedOutlet`
    /// and first seen at or after `since` (an ISO 8601 time as stored).
    func run(_ terms: [SearchTerm], excludingOutlet excludedOutlet: String?, since: String?, limit: Int) throws -> [ScoredClaim] {
        guard limit > 0, !terms.isEmpty else { return [] }
        let collection = try TermStatistics.collection(in: db)
        guard collection.claims > 0 else { return [] }
        var distinct: [String: SearchTerm] = [:]
        for term in terms where distinct[term.key] == nil { distinct[term.key] = term }
        let counts = try TermStatistics.documentCounts(Array(distinct.keys), in: db)
        // Terms no claim holds cannot match.
        let weighed = distinct.values.compactMap { term in
            counts[term.key].map { (term: term, held: $0, weight: weighting.weight(of: term.kind, claimsWithTerm: $0, claims: collection.claims)) }
        }
        .sorted { $0.held != $1.held ? $0.held < $1.held : $0.term.key < $1.term.key }
        guard !weighed.isEmpty else { return [] }

        let commonAbove = plan.commonShare.map { max(SearchPlan.minimumCommonCount, Int(Double(collection.claims) * $0)) } ?? .max
        let lookedUp = weighed.enumerated().filter { $0.offset < 2 || $0.element.held <= commonAbove }.prefix(plan.maximumTerms)
        var found = Set<Int64>()
        let hits = try db.cachedStatement(sql: "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid DESC LIMIT ?")
        for (_, entry) in lookedUp {
            let ids = try Int64.fetchCursor(hits, arguments: [CandidateQuery.quoted(entry.term.word), plan.hitsPerTerm])
            while let id = try ids.next() { found.insert(id) }
        }
        guard !found.isEmpty else { return [] }

        // Keyed by substrings, so that a claim's stems are looked up without copying them.
        let wordWeights = Dictionary(uniqueKeysWithValues: weighed.filter { $0.term.kind != .number }.map { (Substring($0.term.key), $0.weight) })
        let numberWeights = Dictionary(uniqueKeysWithValues: weighed.filter { $0.term.kind == .number }.map { ($0.term.key, $0.weight) })
        // A claim can only share a number whose first digits it contains: the others skip tokenising.
        let numberStarts = Set(weighed.filter { $0.term.kind == .number }.map { Array($0.term.word.prefix { $0.isNumber }.utf8) })
        var sql = "SELECT id, stems\(numberWeights.isEmpty ? "" : ", text") FROM claims WHERE id IN (SELECT value FROM json_each(?))"
        var arguments: StatementArguments = [Self.jsonArray(found)]
        if let excludedOutlet { sql += " AND outlet != ?"; arguments += [excludedOutlet] }
        if let since { sql += " AND created_at >= ?"; arguments += [since] }
        var scored: [(id: Int64, score: Double)] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() {
            let stems: String = row["stems"]
            var weight = 0.0
            var count = 0
            for stem in stems.split(separator: " ") {
                count += 1
                weight += wordWeights[stem] ?? 0
            }
            if !numberWeights.isEmpty {
                var text: String = row["text"]
                if text.withUTF8({ bytes in numberStarts.contains { Self.bytes(bytes, contain: $0) } }) {
                    for key in Words.numberKeys(text) { weight += numberWeights[key] ?? 0 }
                }
            }
            guard weight > 0 else { continue }
            scored.append((row["id"], weight * weighting.lengthFactor(stems: count, averageStems: collection.averageStems)))
        }
        let best = scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }.prefix(limit)
        guard !best.isEmpty else { return [] }

        let claims = try Row.fetchAll(db.cachedStatement(sql: StoredClaim.selection + """
             WHERE claims.id IN (SELECT value FROM json_each(?))
            """), arguments: [Self.jsonArray(best.map(\.id))])
        let byID = Dictionary(uniqueKeysWithValues: claims.map { ($0["id"] as Int64, StoredClaim(row: $0)) })
        return best.compactMap { entry in byID[entry.id].map { ScoredClaim(stored: $0, score: entry.score) } }
    }

    /// Ids as a JSON array, for `json_each`.
    static func jsonArray(_ ids: some Collection<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    /// Whether `needle` occurs in `bytes` (an empty needle occurs everywhere).
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, contain needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < needle.count, bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
