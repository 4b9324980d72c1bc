/// The main clause of a proposition: the sentence without a leading phrase ("Taking to X on
/// Tuesday, …", "In the footage, …") and without trailing participle or relative clauses
/// ("…, showing a group of people …", "…, which …"). Two outlets often agree on the main clause
/// and dress it differently.
enum MainClause {
    static let leadingWords: Set<String> = [
        "in", "on", "at", "after", "before", "during", "while", "with", "without", "following", "amid", "despite",
        "according", "as", "since", "when", "earlier", "later", "meanwhile", "however", "also", "moreover",
    ]
    static let trailingWords: Set<String> = ["which", "who", "while", "as", "where", "when", "although", "though", "adding", "saying"]

    /// The main clause, or nil when there is nothing to strip or too little would remain.
    static func of(_ text: String) -> String? {
        var segments = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
        guard segments.count > 1 else { return nil }
        let original = segments.count
        while segments.count > 1, let first = firstWord(segments[0]), isParticiple(first) || leadingWords.contains(first) {
            segments.removeFirst()
        }
        while segments.count > 1, let first = firstWord(segments[segments.count - 1]), isParticiple(first) || trailingWords.contains(first) {
            segments.removeLast()
        }
        guard segments.count < original else { return nil }
        let clause = segments.joined(separator: ",")
        return Words.split(clause).count >= 4 ? clause : nil
    }

    static func firstWord(_ segment: String) -> String? {
        Words.split(segment).first.map(\.lower)
    }

    static func isParticiple(_ lower: String) -> Bool {
        lower.count > 5 && lower.hasSuffix("ing")
    }
}
