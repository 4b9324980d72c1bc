import ClaimwatchCore
import Foundation
import GRDB

/// Builds the FTS5 query that finds candidate claims: a claim's rarest content terms, OR-ed.
///
/// Common terms match most of the index and would make every search scan it; names, numbers and
/// rare words are what tie two claims together. Terms are ranked by how many stored claims
/// contain them (the `claim_terms` table), rarest first.
enum CandidateQuery {
    /// At most this many terms go into one query.
    static let maximumTerms = 8
    /// At most this many full-text hits (the most recent) are ranked for one claim.
    static let maximumHits = 300
    /// Below this many claims, no term counts as common.
    static let minimumCommonCount = 100

    /// Counts the terms of a newly stored claim.
    static func count(_ terms: [ContentTerm], in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO claim_terms (term, claims) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET claims = claims + 1
            """)
        for term in terms { try statement.execute(arguments: [term.stem]) }
    }

    /// The query for a claim's content terms, or nil when it has none. Terms no stored claim has
    /// are left out (they cannot match); the rest are ranked by how many claims have them. The
    /// query names the words as written, so that the tokenizer stems them once, as it did when
    /// indexing.
    static func ftsQuery(for terms: [ContentTerm], in db: Database) throws -> String? {
        guard !terms.isEmpty else { return nil }
        let words = Dictionary(terms.map { ($0.stem, $0.word) }, uniquingKeysWith: { first, _ in first })
        // One statement for any number of terms: they arrive as a JSON array.
        let frequencies = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT term, claims FROM claim_terms WHERE term IN (SELECT value FROM json_each(?))"),
            arguments: [String(decoding: try JSONEncoder().encode(terms.map(\.stem)), as: UTF8.self)])
        let ranked = frequencies.map { (term: $0["term"] as String, doc: $0["claims"] as Int) }
            .sorted { $0.doc != $1.doc ? $0.doc < $1.doc : $0.term < $1.term }
        // A term in more than 2% of all claims says little and costs a scan of its postings; the
        // two rarest terms are always kept, so that a claim made only of common words still matches.
        let claims = try Int.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) FROM claims")) ?? 0
        let commonAbove = max(minimumCommonCount, claims / 50)
        let chosen = ranked.enumerated()
            .filter { $0.offset < 2 || $0.element.doc <= commonAbove }
            .prefix(maximumTerms).map(\.element)
        guard !chosen.isEmpty else { return nil }
        return chosen.map { quoted(words[$0.term] ?? $0.term) }.joined(separator: " OR ")
    }

    /// Every content word of `text`, OR-ed: for user searches, where recall matters more than speed.
    static func broadQuery(for text: String) -> String? {
        let words = Words.split(text).filter { !Stopwords.english.contains($0.lower) && $0.lower.count > 1 }.map(\.lower)
        guard !words.isEmpty else { return nil }
        return Set(words).sorted().map(quoted).joined(separator: " OR ")
    }

    /// A term as an FTS5 string, so that operators in the text are taken as plain words.
    static func quoted(_ term: String) -> String {
        var out = "\""
        for c in term { if c == "\"" { out += "\"\"" } else { out.append(c) } }
        return out + "\""
    }
}
