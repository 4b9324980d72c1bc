public import ClaimwatchCore
import Foundation
import GRDB

/// A matcher decision as recorded between two stored claims.
public struct RecordedMatch: Sendable {
    public var claim: StoredClaim
    public var matched: StoredClaim
    public var kind: MatchKind
    public var score: Double
    public var reasons: [String]
    public var conflict: Conflict?
}

/// How a claim spread: every claim of its cluster in the order they arrived, and the
/// contradictions recorded against any of them.
public struct ClusterSpread: Sendable {
    public var cluster: Int64
    /// In arrival order; the first is the first appearance.
    public var claims: [StoredClaim]
    /// The repeat decision that joined each claim to the cluster, by claim id (none for the first).
    public var joins: [Int64: RecordedMatch]
    public var contradictions: [RecordedMatch]

    /// The outlets carrying the claim, each once, in the order they first carried it.
    public var outlets: [String] {
        var seen = Set<String>()
        return claims.map(\.outlet).filter { seen.insert($0).inserted }
    }
}

extension ClaimDatabase {
    /// The spread of the cluster claim `id` belongs to, or nil when there is no such claim.
    public func spread(ofClaim id: Int64) throws -> ClusterSpread? {
        try pool.read { db in
            guard let cluster = try Int64.fetchOne(db, sql: "SELECT cluster_id FROM claims WHERE id = ?", arguments: [id]) else { return nil }
            let claims = try Row.fetchAll(db, sql: StoredClaim.selection + " WHERE claims.cluster_id = ? ORDER BY claims.id", arguments: [cluster])
                .map(StoredClaim.init(row:))
            let ids = String(decoding: try JSONEncoder().encode(claims.map(\.id)), as: UTF8.self)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT claim_id, matched_claim_id, kind, score, reasons, conflict FROM matches
                    WHERE claim_id IN (SELECT value FROM json_each(?)) OR (kind = 'contradiction' AND matched_claim_id IN (SELECT value FROM json_each(?)))
                    ORDER BY id
                    """, arguments: [ids, ids])
            var byID = Dictionary(uniqueKeysWithValues: claims.map { ($0.id, $0) })
            let others = Set(rows.flatMap { [$0["claim_id"] as Int64, $0["matched_claim_id"] as Int64] }).subtracting(byID.keys)
            if !others.isEmpty {
                let list = String(decoding: try JSONEncoder().encode(Array(others)), as: UTF8.self)
                for claim in try Row.fetchAll(
                    db, sql: StoredClaim.selection + " WHERE claims.id IN (SELECT value FROM json_each(?))", arguments: [list])
                {
                    let stored = StoredClaim(row: claim)
                    byID[stored.id] = stored
                }
            }
            var joins: [Int64: RecordedMatch] = [:]
            var contradictions: [RecordedMatch] = []
            for row in rows {
                guard let claim = byID[row["claim_id"]], let matched = byID[row["matched_claim_id"]] else { continue }
                let match = RecordedMatch(
                    claim: claim, matched: matched, kind: MatchKind(rawValue: row["kind"]) ?? .repeat, score: row["score"],
                    reasons: JSONText.decode([String].self, from: row["reasons"], fallback: []),
                    conflict: (row["conflict"] as String?).flatMap { JSONText.decode(Conflict?.self, from: $0, fallback: nil) })
                if match.kind == .contradiction { contradictions.append(match) } else if claim.clusterID == cluster { joins[claim.id] = match }
            }
            return ClusterSpread(cluster: cluster, claims: claims, joins: joins, contradictions: contradictions)
        }
    }
}
