/// Whether two quotations are the same words: what a speaker conflict needs before it says that
/// one quotation is in two people's mouths.
enum QuoteIdentity {
    /// A quotation shorter than this (in words) is not distinctive enough to belong to one person:
    /// "tragic", "boots on the ground", "We need a big change".
    static let minimumWords = 6
    /// The share of the longer quotation's words that may differ (inserted, dropped or replaced)
    /// in two renderings of one quotation.
    static let allowedEdits = 0.15

    /// The same quotation: the shorter one's words, in order, are a run of the longer one's (a
    /// partial quote), or the two differ in at most `allowedEdits` of their words. Both must have
    /// at least `minimumWords` words. Case, punctuation and curly against straight apostrophes do
    /// not count.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Words.split(a).map(\.lower), y = Words.split(b).map(\.lower)
        guard min(x.count, y.count) >= minimumWords else { return false }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        if contains(long, run: short) { return true }
        return Double(editDistance(x, y)) <= allowedEdits * Double(long.count)
    }

    /// Whether a quotation quotes someone else inside it: "‘were extremely careless …’ Not fit!"
    /// gives its words to the person quoted, so the same words from that person are no conflict.
    static func quotesAnother(_ quote: String) -> Bool {
        quote.contains("‘") || quote.contains("\"") || quote.contains("“") || quote.contains(" '")
    }

    static func contains(_ long: [String], run short: [String]) -> Bool {
        guard !short.isEmpty, short.count <= long.count else { return false }
        return (0...(long.count - short.count)).contains { start in long[start..<(start + short.count)].elementsEqual(short) }
    }

    /// Word-level Levenshtein distance.
    static func editDistance(_ x: [String], _ y: [String]) -> Int {
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + [Int](repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return x.isEmpty ? y.count : previous[y.count]
    }
}
