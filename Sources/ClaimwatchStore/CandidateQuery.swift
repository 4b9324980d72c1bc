import ClaimwatchCore

/// Builds the FTS5 query that finds candidate claims: any of the text's content words.
enum CandidateQuery {
    /// At most this many words go into one query; longer claims keep their rarest-looking
    /// (longest, capitalised or numeric) words.
    static let maximumTerms = 24

    static func ftsQuery(for text: String) -> String? {
        var seen = Set<String>()
        var terms: [(word: String, weight: Int)] = []
        for word in Words.split(text) where !Stopwords.english.contains(word.lower) && word.lower.count > 1 {
            guard seen.insert(word.lower).inserted else { continue }
            let weight = word.lower.count + (word.capitalised ? 4 : 0) + (word.isNumber ? 6 : 0)
            terms.append((word.lower, weight))
        }
        guard !terms.isEmpty else { return nil }
        let chosen = terms.sorted { $0.weight > $1.weight }.prefix(maximumTerms)
        // Each term is quoted, so FTS5 operators in the text are taken as plain words.
        return chosen.map { "\"" + $0.word.replacingQuotes() + "\"" }.joined(separator: " OR ")
    }
}

extension String {
    func replacingQuotes() -> String {
        var out = ""
        for c in self { if c == "\"" { out += "\"\"" } else { out.append(c) } }
        return out
    }
}
