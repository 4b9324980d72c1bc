import ClaimwatchCore
import Foundation
import GRDB

/// How many stored claims hold each term (`claim_terms`: stems and numbers), how many claims there
/// are and how many content terms they hold in all (`claim_stats`): what weighted search needs to
/// tell a rare term from a common one, kept up to date as claims are stored.
enum TermStatistics {
    /// The collection as BM25 sees it.
    struct Collection {
        var claims: Int
        /// The mean number of distinct content stems of a claim.
        var averageStems: Double
    }

    /// Counts the terms of a newly stored claim: its content stems and its numbers (`Words.numberKeys`).
    static func count(stems: [String], numbers: [String], in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO claim_terms (term, claims) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET claims = claims + 1
                """)
        for key in stems + numbers { try statement.execute(arguments: [key]) }
        try db.cachedStatement(sql: "UPDATE claim_stats SET claims = claims + 1, stems = stems + ?").execute(arguments: [stems.count])
    }

    static func collection(in db: Database) throws -> Collection {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT claims, stems FROM claim_stats"))
        let claims: Int = row?["claims"] ?? 0
        let stems: Int = row?["stems"] ?? 0
        return Collection(claims: claims, averageStems: claims > 0 ? max(1, Double(stems) / Double(claims)) : 1)
    }

    /// How many claims hold each of these terms; terms no claim holds are absent.
    static func documentCounts(_ keys: [String], in db: Database) throws -> [String: Int] {
        guard !keys.isEmpty else { return [:] }
        // One statement for any number of terms: they arrive as a JSON array.
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT term, claims FROM claim_terms WHERE term IN (SELECT value FROM json_each(?))"),
            arguments: [JSONText.array(of: keys)])
        return Dictionary(rows.map { ($0["term"] as String, $0["claims"] as Int) }, uniquingKeysWith: { first, _ in first })
    }

    /// The v5 migration: numbers of the claims stored before numbers were counted. One pass over
    /// the claims' texts.
    static func countNumbersOfStoredClaims(in db: Database) throws {
        var counts: [String: Int] = [:]
        let texts = try String.fetchCursor(db, sql: "SELECT text FROM claims")
        while let text = try texts.next() {
            for key in Words.numberKeys(text) { counts[key, default: 0] += 1 }
        }
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO claim_terms (term, claims) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET claims = claims + excluded.claims
                """)
        for (key, count) in counts { try statement.execute(arguments: [key, count]) }
    }
}
