import ClaimwatchCore
import Foundation
import GRDB

/// FTS5 query strings. (Weighted candidate search looks terms up one by one: `WeightedSearch`.)
enum CandidateQuery {
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
