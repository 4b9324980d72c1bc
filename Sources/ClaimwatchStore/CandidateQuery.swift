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
    /// Below this many claims, no term counts as common.
    static let minimumCommonCount = 100

    /// The distinct stemmed content terms of a text, as the Snowball tokenizer indexes them.
    static func terms(of text: String) -> [String] {
        var seen = Set<String>()
        var terms: [String] = []
        for word in Words.split(text) where !Stopwords.english.contains(word.lower) && word.lower.count > 1 {
            let stem = Stemmer.english.stem(word.lower)
            if seen.insert(stem).inserted { terms.append(stem) }
        }
        return terms
    }

    /// Counts the terms of a newly stored claim.
    static func count(termsOf text: String, in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO claim_terms (term, claims) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET claims = claims + 1
            """)
        for term in terms(of: text) { try statement.execute(arguments: [term]) }
    }

    /// The query for `text`, or nil when it has no content terms. Terms absent from the index are
    /// left out (they cannot match); the rest are ranked by document frequency.
    static func ftsQuery(for text: String, in db: Database) throws -> String? {
        let terms = terms(of: text)
        guard !terms.isEmpty else { return nil }
        // One statement for any number of terms: they arrive as a JSON array.
        let frequencies = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT term, claims FROM claim_terms WHERE term IN (SELECT value FROM json_each(?))"),
            arguments: [String(decoding: try JSONEncoder().encode(terms), as: UTF8.self)])
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
        return chosen.map { quoted($0.term) }.joined(separator: " OR ")
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
